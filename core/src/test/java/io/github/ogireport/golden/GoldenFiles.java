package io.github.ogireport.golden;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The golden files {@code /golden/NNN.json} and the raw samples {@code /samples/NNN_*.txt} on the test class path
 * (shipped to the other modules in core's test-jar).
 */
public final class GoldenFiles {

    /** The ids of the five samples, in order. */
    public static final List<String> IDS = List.of("000", "001", "002", "003", "004");

    private static final Map<String, String> SAMPLE_FILES = Map.of(
            "000", "000_b1267e568fa808f4.txt",
            "001", "001_fe441c3a43945e41.txt",
            "002", "002_cb9333bd62be4405.txt",
            "003", "003_dc414174c0363131.txt",
            "004", "004_97627d600dd8fb72.txt");

    private GoldenFiles() {
    }

    /** The class-path resource of a golden file, e.g. {@code /golden/001.json}. */
    public static String goldenResource(String id) {
        return "/golden/" + id + ".json";
    }

    /** The class-path resource of a raw sample, e.g. {@code /samples/001_fe441c3a43945e41.txt}. */
    public static String sampleResource(String id) {
        String f = SAMPLE_FILES.get(id);
        if (f == null) {
            throw new IllegalArgumentException("no sample " + id);
        }
        return "/samples/" + f;
    }

    /** The golden file's text, exactly as stored. */
    public static String goldenText(String id) {
        return resource(goldenResource(id));
    }

    /** The raw sample's text. */
    public static String sampleText(String id) {
        return resource(sampleResource(id));
    }

    /** The golden report, read with {@link ReportJson#readReport(String)}. */
    public static AnnualReport report(String id) {
        return ReportJson.get().readReport(goldenText(id));
    }

    private static String resource(String name) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
