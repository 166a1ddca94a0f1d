package io.github.ogireport.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.validation.ReportValidator;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * A companion to the JMH benchmarks for shared, loaded machines: the <em>CPU time</em> of the whole process per
 * operation (reader worker threads included), after a warm-up, which other processes competing for the cores do
 * not inflate the way they inflate wall-clock time. Same inputs as the JMH benchmarks.
 *
 * <pre>{@code java -cp benchmarks/target/benchmarks.jar io.github.ogireport.benchmarks.CpuCost [SECONDS [OPERATION [SOURCE]]]}</pre>
 *
 * <p>OPERATION ({@code readText}, {@code readHtml}, {@code readJson}, {@code validate}, {@code renderHtml},
 * {@code renderJson}) and SOURCE ({@code 000}…{@code 004}, {@code generated}) restrict the run, e.g. to profile one
 * operation with {@code -XX:StartFlightRecording}.
 */
public final class CpuCost {

    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CpuCost() {
    }

    /** @param args seconds of warm-up and of measurement per operation (default 3), operation, source */
    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        String only = args.length > 1 ? args[1] : "";
        List<String> sources = args.length > 2 ? List.of(args[2])
                : List.of("000", "001", "002", "003", "004", "generated");
        ReportRenderer html = Inputs.renderer("html");
        ReportRenderer json = Inputs.renderer("json");
        System.out.println("source     operation    cpu µs/op   wall µs/op        ops");
        try (ReportValidator validator = ReportValidator.create()) {
            for (String source : sources) {
                List<AnnualReport> reports = Inputs.reports(source, true);
                List<byte[]> text = Inputs.texts(source, reports);
                List<byte[]> htmlBytes = new ArrayList<>();
                List<String> jsonText = new ArrayList<>();
                for (AnnualReport r : reports) {
                    htmlBytes.add(html.render(r, RenderOptions.DEFAULT));
                    jsonText.add(ReportJson.get().toJson(r));
                }
                int n = reports.size();
                Map<String, IntFunction<Object>> ops = new LinkedHashMap<>();
                ops.put("readText", i -> ReportParsers.read(text.get(i % n), "report.txt", ReaderOptions.DEFAULT));
                ops.put("readHtml", i -> ReportParsers.read(htmlBytes.get(i % n), "report.html",
                        ReaderOptions.DEFAULT));
                ops.put("readJson", i -> ReportJson.get().readReport(jsonText.get(i % n)));
                ops.put("validate", i -> validator.validate(reports.get(i % n)));
                ops.put("renderHtml", i -> html.render(reports.get(i % n), RenderOptions.DEFAULT));
                ops.put("renderJson", i -> json.render(reports.get(i % n), RenderOptions.DEFAULT));
                for (Map.Entry<String, IntFunction<Object>> op : ops.entrySet()) {
                    if (!only.isEmpty() && !only.equals(op.getKey())) {
                        continue;
                    }
                    run(op.getValue(), seconds); // warm-up
                    long[] r = run(op.getValue(), seconds);
                    System.out.printf(Locale.ROOT, "%-10s %-11s %11.1f %12.1f %10d%n", source, op.getKey(),
                            r[1] / 1000.0 / r[0], r[2] / 1000.0 / r[0], r[0]);
                }
            }
        }
    }

    /** Runs an operation for about the given time; returns {ops, process cpu ns, wall ns}. */
    private static long[] run(IntFunction<Object> op, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long cpu0 = OS.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long ops = 0;
        int sink = 0;
        while (System.nanoTime() < deadline) {
            for (int k = 0; k < 16; k++) {
                sink += System.identityHashCode(op.apply((int) ops));
                ops++;
            }
        }
        long wall = System.nanoTime() - wall0;
        long cpu = OS.getProcessCpuTime() - cpu0;
        if (sink == 42) {
            System.out.print("");
        }
        return new long[] {ops, cpu, wall};
    }
}
