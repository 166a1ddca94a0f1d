package io.github.ogireport.benchmarks;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading one report: plain text and HTML (bytes → {@link AnnualReport} through {@link ReportParsers}, format
 * detection and recognizer included) against the canonical JSON ({@link ReportJson#readReport(String)}). The same
 * report is read in each format: for a sample, its original text, and HTML and JSON rendered from its golden
 * report; for {@code generated}, test-kit reports rendered in each format.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReadBenchmark {

    /** A sample id ({@code 000}…{@code 004}) or {@code generated}. */
    @Param({"000", "001", "002", "003", "004", "generated"})
    public String source;

    private List<byte[]> text;
    private List<byte[]> html;
    private List<String> json;
    private int next;

    /** Prepares the inputs and checks that each reads. */
    @Setup(Level.Trial)
    public void setUp() {
        List<AnnualReport> reports = Inputs.reports(source, true);
        text = Inputs.texts(source, reports);
        html = reports.stream().map(r -> Inputs.render("html", r)).toList();
        json = reports.stream().map(r -> ReportJson.get().toJson(r)).toList();
        for (int i = 0; i < text.size(); i++) {
            check("text", ReportParsers.read(text.get(i), "report.txt", ReaderOptions.DEFAULT));
            check("html", ReportParsers.read(html.get(i), "report.html", ReaderOptions.DEFAULT));
        }
    }

    private static void check(String format, ParseResult r) {
        if (!r.format().equals(format)) {
            throw new IllegalStateException("read as " + r.format() + ", not " + format);
        }
    }

    private int index() {
        int i = next;
        next = i + 1 == text.size() ? 0 : i + 1;
        return i;
    }

    /** Plain text bytes → report. */
    @Benchmark
    public ParseResult readText() {
        return ReportParsers.read(text.get(index()), "report.txt", ReaderOptions.DEFAULT);
    }

    /** HTML bytes → report. */
    @Benchmark
    public ParseResult readHtml() {
        return ReportParsers.read(html.get(index()), "report.html", ReaderOptions.DEFAULT);
    }

    /** Canonical JSON → report (the baseline of the 3× target). */
    @Benchmark
    public AnnualReport readJson() {
        return ReportJson.get().readReport(json.get(index()));
    }

    /** Canonical JSON bytes → report through the format-detecting facade, for comparison with readJson. */
    @Benchmark
    public ParseResult readJsonViaParsers() {
        return ReportParsers.read(json.get(index()).getBytes(StandardCharsets.UTF_8), "report.json",
                ReaderOptions.DEFAULT);
    }
}
