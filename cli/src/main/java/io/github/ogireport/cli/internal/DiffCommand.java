package io.github.ogireport.cli.internal;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi diff}: the series rules and a cell-by-cell change list between two years of one agency. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two years of one agency: the series rules SERIES-CARRY and SERIES-STOCK, then every "
                + "cell that changed (only cells both editions have)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no series rule broken (or the years are not consecutive)", "1:a series rule is broken",
                "2:a file could not be read, or a usage error"})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "OLD", description = "The report of year N-1.")
    Path oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "The report of year N.")
    Path newFile;

    /** Used by picocli. */
    public DiffCommand() {
    }

    @Override
    public Integer call() {
        Messages m = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AnnualReport previous = Reading.read(oldFile, m, err).report();
        AnnualReport current = Reading.read(newFile, m, err).report();
        out.println(m.get("diff.old", oldFile, describe(previous, m)));
        out.println(m.get("diff.new", newFile, describe(current, m)));
        if (!Objects.equals(previous.metadata().agency(), current.metadata().agency())) {
            out.println(m.get("diff.note.agency"));
        }
        Optional<Integer> y0 = previous.metadata().reportYear();
        Optional<Integer> y1 = current.metadata().reportYear();
        if (previous.edition() != current.edition()) {
            out.println(m.get("diff.note.editions", previous.edition().id(), current.edition().id()));
        }

        // the series rules compare year N-1 with year N: with two other years there is nothing to check
        boolean consecutive = y0.isEmpty() || y1.isEmpty() || y1.get() - y0.get() == 1;
        long broken = 0;
        out.println();
        if (!consecutive) {
            out.println(m.get("diff.series.skipped", y0.get(), y1.get()));
        } else {
            ValidationReport series;
            try (ReportValidator validator = ReportValidator.create()) {
                series = validator.validateSeries(previous, current);
            }
            broken = series.findings().stream().filter(DiffCommand::isSeriesRule).count();
            if (series.findings().isEmpty()) {
                out.println(m.get("diff.series.ok"));
            } else {
                out.println(m.get("diff.series.summary", broken, series.findings().size() - broken));
                for (Finding f : series.findings()) {
                    // the message names the cell (official label) and the expected and actual values
                    out.println("  " + m.severity(f.severity()) + " " + f.ruleId() + " " + f.path() + ": "
                            + Failures.oneLine(f.message(m.locale())));
                }
            }
        }

        List<String> changes = changes(previous, current, m);
        out.println();
        if (changes.isEmpty()) {
            out.println(m.get("diff.changes.none"));
        } else {
            out.println(m.get("diff.changes", changes.size()));
            changes.forEach(c -> out.println("  " + c));
        }
        out.flush();
        return broken == 0 ? 0 : 1;
    }

    /** Whether a finding is a broken series rule (rather than, e.g., a check that could not be made). */
    private static boolean isSeriesRule(Finding f) {
        return f.ruleId().equals(RuleId.SERIES_CARRY.id()) || f.ruleId().equals(RuleId.SERIES_STOCK.id());
    }

    /** One line per cell that both editions have and whose content differs, in the template order of NEW. */
    static List<String> changes(AnnualReport previous, AnnualReport current, Messages m) {
        Set<String> oldPointers = new HashSet<>();
        for (CellRef c : Catalog.cells(previous.edition())) {
            oldPointers.add(c.pointer());
        }
        CellValues a = new CellValues(previous);
        CellValues b = new CellValues(current);
        List<String> out = new ArrayList<>();
        for (CellRef ref : Catalog.cells(current.edition())) {
            if (!oldPointers.contains(ref.pointer())) {
                continue;
            }
            Cell before = a.cell(ref);
            Cell after = b.cell(ref);
            if (CellValues.same(before, after)) {
                continue;
            }
            StringBuilder sb = new StringBuilder(m.english() ? ref.labelEn() : ref.labelZh()).append(": ")
                    .append(CellValues.show(before, m)).append(" → ").append(CellValues.show(after, m));
            if (before instanceof Cell.Number x && after instanceof Cell.Number y) {
                BigDecimal d = y.value().subtract(x.value());
                sb.append(" (").append(d.signum() > 0 ? "+" : "").append(CellValues.plain(d)).append(')');
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static String describe(AnnualReport r, Messages m) {
        List<String> parts = new ArrayList<>();
        r.metadata().agency().ifPresent(parts::add);
        r.metadata().reportYear().ifPresent(y -> parts.add(String.valueOf(y)));
        parts.add(m.get("edition", r.edition().id()));
        return String.join(", ", parts);
    }
}
