package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogi validate} on a folder of the five real samples: all read, all valid, exit 0, sorted output. */
class ValidateSamplesTest {

    @TempDir
    Path tmp;

    @Test
    void theFiveSamplesAreValidAndTheSummarySaysSo() throws Exception {
        Path dir = tmp.resolve("samples");
        List<Path> files = Cli.copySamples(dir);
        // hidden files and files of no reader's extension are skipped when walking a folder
        Files.writeString(dir.resolve(".hidden.txt"), "not a report");
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git").resolve("x.txt"), "not a report");
        Files.writeString(dir.resolve("notes.xyz"), "not a report");

        Cli.Result r = Cli.run("validate", dir.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("共 5 个文件：通过 5，有错误 0，无法读取 0"), r::toString);
        assertFalse(r.out().contains(".hidden"), r::toString);
        assertFalse(r.out().contains("notes.xyz"), r::toString);
        // one line per file, in path order
        int previous = -1;
        for (Path f : files) {
            int at = r.out().indexOf(f.toString() + ": 通过");
            assertTrue(at > previous, () -> f + " missing or out of order\n" + r);
            previous = at;
        }
    }

    @Test
    void aReadmeBesideTheReportsIsSkippedNotValidated() throws Exception {
        Path dir = tmp.resolve("with-readme");
        Cli.copySamples(dir);
        Path readme = dir.resolve("README.md");
        Files.write(readme, Cli.resource("/samples/README.md"));

        Cli.Result r = Cli.run("validate", "--lang", "en", dir.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains(readme + ": skipped"), r::toString);
        assertTrue(r.out().contains("6 files: 5 valid, 0 with errors, 0 unreadable"), r::toString);
        assertTrue(r.out().contains("1 of them hold no report and were skipped"), r::toString);

        // named on the command line, it is not a report: unreadable
        Cli.Result named = Cli.run("validate", "--lang", "en", readme.toString());
        assertEquals(2, named.status(), named::toString);
        assertTrue(named.out().contains(readme + ": unreadable"), named::toString);
    }

    @Test
    void englishMessagesWithLangEn() throws Exception {
        Path dir = tmp.resolve("en");
        Cli.copySamples(dir);

        Cli.Result r = Cli.run("validate", "--lang", "en", dir.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("5 files: 5 valid, 0 with errors, 0 unreadable"), r::toString);
        assertTrue(r.out().contains(": valid ("), r::toString);
        assertFalse(r.out().contains("通过"), r::toString);
    }

    @Test
    void aFileNamedExplicitlyIsReadWhateverItsExtension() throws Exception {
        Path file = tmp.resolve("report.dat");
        Files.write(file, Cli.resource("/samples/" + Cli.SAMPLES.get(3)));

        Cli.Result r = Cli.run("validate", file.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("共 1 个文件：通过 1"), r::toString);
    }
}
