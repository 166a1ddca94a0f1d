package io.github.ogireport.testkit;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.testkit.internal.Choices;
import io.github.ogireport.testkit.internal.ReportFactory;
import io.github.ogireport.testkit.internal.ReportSpec;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * An arbitrary of valid {@link AnnualReport}s: every report satisfies every hard rule of the format (T3-BALANCE,
 * T3-ROW-TOTAL, T3-OUTCOME-TOTAL, T4-TOTAL, NON-NEGATIVE), its totals made by
 * {@link io.github.ogireport.rules.Accounting}.
 *
 * <p>Immutable: every configuration method returns a new instance. By default a report has either edition (report
 * year 2019–2025 with {@link Edition#forReportYear(int) the edition of its year}; a 2021-era report sometimes keeps
 * the 2019 single row （六）其他处理), every row reported, numbers in every cell, no fee block, no extras, and rich
 * narrative text (quotes, {@code <script>}, {@code &}, {@code |}, tabs and newlines inside paragraphs, sub-headings
 * （一）…). Reports shrink towards zeros and the simplest options.
 *
 * <pre>{@code
 * @Property(tries = 100)
 * void everyReportIsValid(@ForAll("reports") AnnualReport report) { ... }
 *
 * @Provide
 * Arbitrary<AnnualReport> reports() {
 *     return Reports.valid().edition(Edition.V2021).withBlanks().plainText();
 * }
 * }</pre>
 */
public final class ReportArbitrary extends ArbitraryDecorator<AnnualReport> {

    private final ReportSpec spec;

    ReportArbitrary(ReportSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** Reports of one edition only (report years 2019–2020 for 2019, 2021–2025 for 2021). */
    public ReportArbitrary edition(Edition edition) {
        return new ReportArbitrary(spec.withEdition(Objects.requireNonNull(edition, "edition")));
    }

    /**
     * Some zeros written as blank cells or placeholders ({@code -}, {@code —}, {@code /}, {@code 无}). Blank counts as
     * zero in the rules, so the report stays valid. Table 3's 一 · 总计 always keeps its number.
     */
    public ReportArbitrary withBlanks() {
        return new ReportArbitrary(spec.withBlanks(true));
    }

    /**
     * At least one row, sometimes several, not reported at all (never written as zero). The rules involving such a
     * row cannot be checked: the validator warns ({@code PLAUS-INCOMPLETE}) but finds no error.
     */
    public ReportArbitrary withMissingRows() {
        return new ReportArbitrary(spec.withMissingRows(true));
    }

    /**
     * Content the format does not name, kept in {@link AnnualReport#extras()}, where real reports put it: a table
     * under a caption line in section 一 or 五, a numbered local section between 四 and 五 (a table or text, as
     * sample 001 has one), site chrome (a 公安网备 line) after 六. One to three of these, in document order.
     */
    public ReportArbitrary withExtras() {
        return new ReportArbitrary(spec.withExtras(true));
    }

    /** A fee block (信息处理费) in every report of the 2021 edition; 2019-edition reports never have one. */
    public ReportArbitrary withFees() {
        return new ReportArbitrary(spec.withFees(true));
    }

    /**
     * Narrative, agency and extra text without tabs, newlines, {@code |}, {@code <}, {@code &} or ASCII quotes, for
     * formats that cannot carry them. Every narrative block is then one line.
     */
    public ReportArbitrary plainText() {
        return new ReportArbitrary(spec.withPlainText(true));
    }

    /** The configuration, for the test kit's own arbitraries. */
    ReportSpec spec() {
        return spec;
    }

    @Override
    protected Arbitrary<AnnualReport> arbitrary() {
        ReportSpec s = spec;
        return Arbitraries.integers().between(0, 999_999).list().ofSize(Choices.SIZE)
                .map(values -> ReportFactory.build(new Choices(values), s));
    }

    @Override
    public String toString() {
        return "ReportArbitrary" + spec;
    }
}
