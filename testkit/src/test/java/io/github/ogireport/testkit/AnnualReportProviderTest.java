package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.testkit.internal.AnnualReportArbitraryProvider;
import io.github.ogireport.validation.ReportValidator;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The test kit's jqwik provider is registered, so {@code @ForAll AnnualReport} draws valid reports of both editions. */
class AnnualReportProviderTest {

    private static final ReportValidator VALIDATOR = ReportValidator.create();

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Test
    void theProviderIsRegisteredAsAService() {
        List<ArbitraryProvider> providers = ServiceLoader.load(ArbitraryProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p instanceof AnnualReportArbitraryProvider)
                .toList();
        assertEquals(1, providers.size());
        assertTrue(providers.get(0).canProvideFor(TypeUsage.of(AnnualReport.class)));
        assertTrue(!providers.get(0).canProvideFor(TypeUsage.of(String.class)));
    }

    @Property(tries = 100)
    void forAllAnnualReportDrawsValidReports(@ForAll AnnualReport report) {
        ValidationAssertions.assertThat(VALIDATOR.validate(report)).hasNoFindings();
        Statistics.label("edition").collect(report.edition())
                .coverage(cov -> {
                    cov.check(io.github.ogireport.catalog.Edition.V2019).count(n -> n > 0);
                    cov.check(io.github.ogireport.catalog.Edition.V2021).count(n -> n > 0);
                });
    }
}
