package io.github.ogireport.benchmarks;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Validating one report with a shared {@link ReportValidator} (target: at most 20 µs per report after warm-up). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidateBenchmark {

    /** A sample id ({@code 000}…{@code 004}) or {@code generated}. */
    @Param({"000", "001", "002", "003", "004", "generated"})
    public String source;

    private ReportValidator validator;
    private List<AnnualReport> reports;
    private int next;

    /** Creates the shared validator and the reports. */
    @Setup(Level.Trial)
    public void setUp() {
        validator = ReportValidator.create();
        reports = Inputs.reports(source, false);
    }

    /** Closes the validator. */
    @TearDown(Level.Trial)
    public void tearDown() {
        validator.close();
    }

    /** One report, every rule. */
    @Benchmark
    public ValidationReport validate() {
        int i = next;
        next = i + 1 == reports.size() ? 0 : i + 1;
        return validator.validate(reports.get(i));
    }
}
