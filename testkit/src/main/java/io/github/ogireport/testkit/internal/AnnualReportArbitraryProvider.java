package io.github.ogireport.testkit.internal;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.testkit.Reports;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll AnnualReport report} draw from {@link Reports#valid()} in any project that has the test kit on
 * its test class path. Registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 */
public final class AnnualReportArbitraryProvider implements ArbitraryProvider {

    /** Public no-argument constructor for the service loader. */
    public AnnualReportArbitraryProvider() {
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(AnnualReport.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(Reports.valid());
    }
}
