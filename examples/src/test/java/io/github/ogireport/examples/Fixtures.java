package io.github.ogireport.examples;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fixtures from core's test-jar, and a way to run a {@code main} and capture what it prints. */
final class Fixtures {

    /** Sample 001: 永平镇, 2022, plain text. */
    static final String SAMPLE_001 = "001_fe441c3a43945e41.txt";

    /** Code that may throw. */
    interface Main {
        void run() throws Exception;
    }

    private Fixtures() {
    }

    /** Runs code with {@code System.out} captured as UTF-8. */
    static synchronized String stdout(Main main) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(saved);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sample 001 copied into a folder. */
    static Path sample001(Path dir) throws IOException {
        Path p = dir.resolve(SAMPLE_001);
        Files.write(p, resource("/samples/" + SAMPLE_001));
        return p;
    }

    /** The golden report of sample 001. */
    static AnnualReport golden001() {
        return ReportJson.get().readReport(new String(resource("/golden/001.json"), StandardCharsets.UTF_8));
    }

    /** Sample 001's golden report with one more application from a natural person in （一）予以公开 only. */
    static AnnualReport broken001() {
        AnnualReport r = golden001();
        var disclosed = r.table3().outcomes().disclosed();
        var changed = disclosed.with(ApplicantColumn.NATURAL_PERSON,
                Cell.of(disclosed.cell(ApplicantColumn.NATURAL_PERSON).valueOrZero().add(java.math.BigDecimal.ONE)));
        return r.toBuilder().table3(r.table3().withRow(Table3Row.DISCLOSED, changed)).build();
    }
}
