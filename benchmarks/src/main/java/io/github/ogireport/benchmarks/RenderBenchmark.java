package io.github.ogireport.benchmarks;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
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

/** Rendering one report as the official HTML page and as canonical JSON, through the renderers. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {

    /** A sample id ({@code 000}…{@code 004}) or {@code generated}. */
    @Param({"000", "001", "002", "003", "004", "generated"})
    public String source;

    private List<AnnualReport> reports;
    private ReportRenderer html;
    private ReportRenderer json;
    private int next;

    /** Looks up the renderers and prepares the reports. */
    @Setup(Level.Trial)
    public void setUp() {
        reports = Inputs.reports(source, false);
        html = Inputs.renderer("html");
        json = Inputs.renderer("json");
    }

    private AnnualReport report() {
        int i = next;
        next = i + 1 == reports.size() ? 0 : i + 1;
        return reports.get(i);
    }

    /** The official HTML page. */
    @Benchmark
    public byte[] renderHtml() {
        return html.render(report(), RenderOptions.DEFAULT);
    }

    /** Pretty canonical JSON. */
    @Benchmark
    public byte[] renderJson() {
        return json.render(report(), RenderOptions.DEFAULT);
    }
}
