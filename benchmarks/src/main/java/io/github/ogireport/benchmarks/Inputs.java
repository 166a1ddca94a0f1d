package io.github.ogireport.benchmarks;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.renderers.ReportRenderers;
import io.github.ogireport.testkit.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/** The inputs of the benchmarks: the five real samples (core's test-jar) and reproducibly generated reports. */
final class Inputs {

    /** The samples by id, as the {@code source} parameter names them. */
    static final List<String> SAMPLE_FILES = List.of("000_b1267e568fa808f4.txt", "001_fe441c3a43945e41.txt",
            "002_cb9333bd62be4405.txt", "003_dc414174c0363131.txt", "004_97627d600dd8fb72.txt");

    /** How many generated reports a {@code generated} source cycles through. */
    static final int GENERATED = 32;

    /** The seed of the generated reports. */
    static final long SEED = 20261203L;

    private Inputs() {
    }

    /** The raw text of a sample, e.g. {@code 000}. */
    static byte[] sampleText(String id) {
        return resource("/samples/" + sampleFile(id));
    }

    /** The golden (hand-checked) report of a sample. */
    static AnnualReport golden(String id) {
        return ReportJson.get().readReport(new String(resource("/golden/" + id + ".json"), StandardCharsets.UTF_8));
    }

    /**
     * Valid reports from the test kit, the same for the same seed.
     *
     * @param count how many
     * @param seed  the seed
     * @param plain plain text only (for the text format, which cannot carry tabs and newlines in narratives)
     */
    static List<AnnualReport> generated(int count, long seed, boolean plain) {
        List<AnnualReport> out = new ArrayList<>(count);
        JqwikSession.run(() -> {
            Arbitrary<AnnualReport> arbitrary = plain ? Reports.valid().plainText() : Reports.valid();
            RandomGenerator<AnnualReport> generator = arbitrary.generator(1000);
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                out.add(generator.next(random).value());
            }
        });
        return out;
    }

    /**
     * The reports of a benchmark's {@code source} parameter: a sample's golden report, or {@link #GENERATED}
     * generated ones.
     *
     * @param plain for generated reports, plain text only (see {@link #generated})
     */
    static List<AnnualReport> reports(String source, boolean plain) {
        return source.equals("generated") ? generated(GENERATED, SEED, plain) : List.of(golden(source));
    }

    /**
     * The text input of each of {@code reports(source, true)}: a sample's original text, or the generated report
     * rendered as text.
     */
    static List<byte[]> texts(String source, List<AnnualReport> reports) {
        return source.equals("generated") ? reports.stream().map(r -> render("text", r)).toList()
                : List.of(sampleText(source));
    }

    /** A renderer by format name. */
    static ReportRenderer renderer(String format) {
        return ReportRenderers.forFormat(format)
                .orElseThrow(() -> new IllegalStateException("no renderer for " + format + " on the class path"));
    }

    /** A report rendered with default options. */
    static byte[] render(String format, AnnualReport report) {
        return renderer(format).render(report, RenderOptions.DEFAULT);
    }

    private static String sampleFile(String id) {
        for (String f : SAMPLE_FILES) {
            if (f.startsWith(id + "_")) {
                return f;
            }
        }
        throw new IllegalArgumentException("no sample " + id);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Inputs.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (core test-jar not on the class path?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
