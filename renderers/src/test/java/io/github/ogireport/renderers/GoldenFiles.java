package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Compares rendered bytes with the expected files under {@code src/test/resources/expected/}, byte for byte. On a
 * mismatch the actual output is written under {@code target/actual/} and the failure names both files.
 *
 * <p>The expected files are (re)generated only on request: run the tests with {@code -Dogi.updateGolden=true}, then
 * review the changed files by eye before committing them.
 */
final class GoldenFiles {

    /** Whether this run writes the expected files instead of comparing. */
    static final boolean UPDATE = Boolean.getBoolean("ogi.updateGolden");

    private static final Path EXPECTED_DIR = Path.of("src", "test", "resources", "expected");
    private static final Path ACTUAL_DIR = Path.of("target", "actual");

    private GoldenFiles() {
    }

    /** Checks {@code actual} against {@code expected/<name>}, or writes it there when updating. */
    static void check(String name, byte[] actual) {
        try {
            if (UPDATE) {
                Files.createDirectories(EXPECTED_DIR);
                Files.write(EXPECTED_DIR.resolve(name), actual);
                return;
            }
            byte[] expected;
            try (InputStream in = GoldenFiles.class.getResourceAsStream("/expected/" + name)) {
                expected = in == null ? null : in.readAllBytes();
            }
            if (expected != null && Arrays.equals(expected, actual)) {
                return;
            }
            Files.createDirectories(ACTUAL_DIR);
            Path written = ACTUAL_DIR.resolve(name);
            Files.write(written, actual);
            if (expected == null) {
                fail("no expected file " + EXPECTED_DIR.resolve(name) + "; the actual output is in "
                        + written.toAbsolutePath() + " (generate with -Dogi.updateGolden=true and review it)");
            }
            fail(name + " differs from " + EXPECTED_DIR.resolve(name) + " at byte " + firstDifference(expected, actual)
                    + "; the actual output is in " + written.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int i = 0;
        while (i < a.length && i < b.length && a[i] == b[i]) {
            i++;
        }
        return i;
    }
}
