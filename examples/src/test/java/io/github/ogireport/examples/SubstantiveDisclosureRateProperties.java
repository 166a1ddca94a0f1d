package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * How to test your own code with the test kit: {@code @ForAll AnnualReport} gives valid reports of both editions
 * (the test kit registers the generator), and the property must hold for every one of them. The README shows this
 * class verbatim.
 */
class SubstantiveDisclosureRateProperties {

    @Property(tries = 200)
    void rateIsBetweenZeroAndOne(@ForAll AnnualReport report) {
        Optional<BigDecimal> rate = DisclosureStats.substantiveDisclosureRate(report);
        rate.ifPresent(r -> assertTrue(r.signum() >= 0 && r.compareTo(BigDecimal.ONE) <= 0,
                () -> "rate " + r + " for " + report.metadata()));
    }
}
