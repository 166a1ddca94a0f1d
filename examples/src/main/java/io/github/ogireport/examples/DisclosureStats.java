package io.github.ogireport.examples;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.rules.Accounting;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A user's own indicator built on the library: the 实质公开率 (substantive disclosure rate) of a report over all
 * applicants. Its property test ({@code SubstantiveDisclosureRateProperties} in {@code src/test/java}) shows how to
 * test such code with the test kit's generated reports.
 */
public final class DisclosureStats {

    private DisclosureStats() {
    }

    /**
     * (予以公开 + 部分公开) / （七）总计 of the 总计 column, from {@link Accounting}; empty when nothing was handled.
     *
     * @param report the report
     * @return the rate, between 0 and 1 for a valid report
     */
    public static Optional<BigDecimal> substantiveDisclosureRate(AnnualReport report) {
        return Accounting.substantiveDisclosureRate(report.table3(), ApplicantColumn.TOTAL);
    }

    /** @param args a report file; prints its rate as a percentage */
    public static void main(String[] args) throws Exception {
        AnnualReport report = io.github.ogireport.parsers.ReportParsers.read(java.nio.file.Path.of(args[0]))
                .report();
        System.out.println(substantiveDisclosureRate(report)
                .map(r -> r.movePointRight(2).stripTrailingZeros().toPlainString() + "%")
                .orElse("no application handled"));
    }
}
