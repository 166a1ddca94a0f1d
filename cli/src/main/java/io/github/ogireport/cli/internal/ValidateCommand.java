package io.github.ogireport.cli.internal;

import io.github.ogireport.cli.internal.FileOutcome.Status;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.rules.Severity;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi validate}: reads and validates files and folders in parallel, prints per-file results and a summary. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate reports: every accounting rule, every parse diagnostic.",
                "Folders are searched recursively (hidden files skipped) for files a reader takes; a file named "
                        + "explicitly is read whatever its extension."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file read and valid", "1:some report has an error finding",
                "2:some file could not be read or parsed, or a usage error"})
public final class ValidateCommand implements Callable<Integer> {

    /** The code of the parsers' diagnostic for a document that holds no report. */
    private static final String NO_REPORT = "NO_REPORT";

    /** The output formats. */
    public enum OutputFormat {
        /** Human-readable lines. */
        text,
        /** One JSON document. */
        json
    }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output: text (default) or json (one JSON document, see cli/README.md).")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--strict", description = "Strict reading: any reader warning makes the file unreadable.")
    boolean strict;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    /** Used by picocli. */
    public ValidateCommand() {
    }

    @Override
    public Integer call() throws Exception {
        Messages m = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<String> extensions = new HashSet<>();
        for (ReportReader r : ReportParsers.readers()) {
            r.fileExtensions().forEach(e -> extensions.add(e.toLowerCase(Locale.ROOT)));
        }
        List<FileCollector.Entry> entries = new FileCollector(extensions, m).collect(paths);
        if (entries.isEmpty()) {
            err.println("ogi: " + m.get("summary.noFiles"));
        }
        ReaderOptions options = ReaderOptions.DEFAULT.withStrict(strict);
        List<FileOutcome> outcomes;
        try (ReportValidator validator = ReportValidator.create()) {
            outcomes = run(entries, options, validator, err);
        }
        Summary summary = Summary.of(outcomes);
        if (format == OutputFormat.json) {
            out.print(ValidationJson.write(outcomes, summary));
        } else {
            printText(outcomes, summary, m, out);
        }
        out.flush();
        return summary.exitCode();
    }

    private List<FileOutcome> run(List<FileCollector.Entry> entries, ReaderOptions options,
            ReportValidator validator, PrintWriter err) throws InterruptedException {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        n = Math.max(1, Math.min(n, Math.max(1, entries.size())));
        Progress progress = new Progress(err, entries.size(), System.console() != null && entries.size() > 20);
        AtomicInteger id = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "ogi-validate-" + id.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<FileOutcome>> futures = new ArrayList<>(entries.size());
            for (FileCollector.Entry e : entries) {
                futures.add(pool.submit(() -> {
                    try {
                        return validateOne(e, options, validator);
                    } finally {
                        progress.step();
                    }
                }));
            }
            List<FileOutcome> outcomes = new ArrayList<>(entries.size());
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException ex) {
                    Throwable c = ex.getCause();
                    outcomes.add(FileOutcome.unreadable(entries.get(i).path(),
                            Failures.reason(c, Locale.SIMPLIFIED_CHINESE), Failures.reason(c, Locale.ENGLISH),
                            List.of()));
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    /** Reads and validates one file; never throws for bad input. */
    static FileOutcome validateOne(FileCollector.Entry e, ReaderOptions options, ReportValidator validator) {
        Path path = e.path();
        if (e.problem() != null) {
            return FileOutcome.unreadable(path, Messages.of(Locale.SIMPLIFIED_CHINESE).get("error.cannotList",
                    e.problem()), Messages.of(Locale.ENGLISH).get("error.cannotList", e.problem()), List.of());
        }
        ParseResult parsed;
        try {
            parsed = ReportParsers.read(path, options);
        } catch (ReportParseException ex) {
            List<Diagnostic> ds = ex.diagnostics() == null ? List.of() : ex.diagnostics();
            if (!e.named() && ds.stream().anyMatch(d -> NO_REPORT.equals(d.code()))) {
                return FileOutcome.skipped(path, Failures.reason(ex, Locale.SIMPLIFIED_CHINESE),
                        Failures.reason(ex, Locale.ENGLISH), List.of());
            }
            return FileOutcome.unreadable(path, Failures.reason(ex, Locale.SIMPLIFIED_CHINESE),
                    Failures.reason(ex, Locale.ENGLISH), ds);
        } catch (Exception | StackOverflowError ex) {
            return FileOutcome.unreadable(path, Failures.reason(ex, Locale.SIMPLIFIED_CHINESE),
                    Failures.reason(ex, Locale.ENGLISH), List.of());
        }
        AnnualReport report = parsed.report();
        if (nothingRecognized(report)) {
            Messages zh = Messages.of(Locale.SIMPLIFIED_CHINESE);
            Messages en = Messages.of(Locale.ENGLISH);
            return e.named()
                    ? FileOutcome.unreadable(path, zh.get("error.noReport"), en.get("error.noReport"),
                            parsed.diagnostics())
                    : FileOutcome.skipped(path, zh.get("error.noReport"), en.get("error.noReport"), List.of());
        }
        ValidationReport result = validator.validate(report);
        boolean errors = !result.isValid() || parsed.hasErrors();
        return new FileOutcome(path, errors ? Status.INVALID : Status.VALID, Optional.of(parsed.format()),
                report.metadata().agency(), report.metadata().reportYear(), Optional.of(report.edition().id()),
                parsed.diagnostics(), result.findings(), Optional.empty(), Optional.empty());
    }

    /**
     * Whether the reader found nothing of a report: none of the three tables and none of the narrative sections
     * (a README or notes file beside the reports). Such a file is not validated: "valid" would claim too much.
     */
    static boolean nothingRecognized(AnnualReport r) {
        return r.table2().equals(Table2.notReported(r.edition())) && r.table3().equals(Table3.notReported())
                && r.table4().equals(Table4.notReported()) && r.overview().equals(Narrative.EMPTY)
                && r.problems().equals(Narrative.EMPTY) && r.otherMatters().equals(Narrative.EMPTY);
    }

    private static void printText(List<FileOutcome> outcomes, Summary s, Messages m, PrintWriter out) {
        Locale loc = m.locale();
        for (FileOutcome o : outcomes) {
            switch (o.status()) {
                case UNREADABLE:
                    out.println(o.path() + ": " + m.get("status.unreadable") + " — "
                            + (m.english() ? o.errorEn() : o.error()).orElse(""));
                    break;
                case SKIPPED:
                    out.println(o.path() + ": " + m.get("status.skipped") + " — "
                            + (m.english() ? o.errorEn() : o.error()).orElse(""));
                    break;
                case INVALID:
                    long errs = o.findings().stream().filter(Finding::isError).count()
                            + o.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
                    out.println(o.path() + ": " + m.get("status.invalid", errs) + " " + describe(o, m));
                    break;
                default:
                    out.println(o.path() + ": " + m.get("status.valid") + " " + describe(o, m));
                    break;
            }
            // an unreadable file's first diagnostic is already its reason
            List<Diagnostic> diagnostics = o.status() == Status.UNREADABLE && !o.diagnostics().isEmpty()
                    ? o.diagnostics().subList(1, o.diagnostics().size()) : o.diagnostics();
            for (Diagnostic d : diagnostics) {
                if (d.severity() != Severity.INFO) {
                    String where = d.location().isKnown() ? " (" + d.location() + ")" : "";
                    out.println("  " + m.severity(d.severity()) + " " + d.code() + where + ": "
                            + Failures.oneLine(d.message(loc)));
                }
            }
            for (Finding f : o.findings()) {
                // the message names the cell (official label) and the expected and actual values
                out.println("  " + m.severity(f.severity()) + " " + f.ruleId()
                        + (f.path().isEmpty() ? "" : " " + f.path()) + ": " + Failures.oneLine(f.message(loc)));
            }
        }
        if (!outcomes.isEmpty()) {
            out.println();
        }
        out.println(m.get("summary.files", s.files(), s.valid(), s.withErrors(), s.unreadable()));
        if (s.skipped() > 0) {
            out.println(m.get("summary.skipped", s.skipped()));
        }
        if (!s.findingsByRule().isEmpty()) {
            out.println(m.get("summary.byRule"));
            for (Map.Entry<String, Long> e : s.findingsByRule().entrySet()) {
                out.println("  " + e.getKey() + ": " + e.getValue());
            }
        }
    }

    private static String describe(FileOutcome o, Messages m) {
        List<String> parts = new ArrayList<>();
        o.format().ifPresent(parts::add);
        o.agency().ifPresent(parts::add);
        o.year().ifPresent(y -> parts.add(String.valueOf(y)));
        o.edition().ifPresent(e -> parts.add(m.get("edition", e)));
        return "(" + String.join(", ", parts) + ")";
    }

    /**
     * The totals of a run.
     *
     * @param files          files processed
     * @param valid          read and valid
     * @param withErrors     read, with an error finding or error diagnostic
     * @param unreadable     not read
     * @param skipped        found in a folder but holding no report
     * @param findingsByRule how many findings each rule id has, sorted by id
     */
    public record Summary(int files, int valid, int withErrors, int unreadable, int skipped,
            Map<String, Long> findingsByRule) {

        /** Copies the map, sorted. */
        public Summary {
            findingsByRule = java.util.Collections.unmodifiableMap(new TreeMap<>(findingsByRule));
        }

        static Summary of(List<FileOutcome> outcomes) {
            int valid = 0;
            int invalid = 0;
            int unreadable = 0;
            int skipped = 0;
            Map<String, Long> byRule = new TreeMap<>();
            for (FileOutcome o : outcomes) {
                switch (o.status()) {
                    case VALID:
                        valid++;
                        break;
                    case INVALID:
                        invalid++;
                        break;
                    case SKIPPED:
                        skipped++;
                        break;
                    default:
                        unreadable++;
                        break;
                }
                for (Finding f : o.findings()) {
                    byRule.merge(f.ruleId(), 1L, Long::sum);
                }
            }
            return new Summary(outcomes.size(), valid, invalid, unreadable, skipped, byRule);
        }

        /** 2 if a file was unreadable, else 1 if a file had errors, else 0. */
        public int exitCode() {
            return unreadable > 0 ? 2 : withErrors > 0 ? 1 : 0;
        }
    }
}
