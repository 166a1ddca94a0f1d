package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Garbage and missing files: exit 2, one clear line naming the file, no stack trace. */
class ValidateUnreadableTest {

    @TempDir
    Path tmp;

    @Test
    void garbageFileExitsWithTwoAndOneLine() throws Exception {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path garbage = tmp.resolve("garbage.bin");
        Files.write(garbage, junk);

        Cli.Result r = Cli.run("validate", garbage.toString());

        assertEquals(2, r.status(), r::toString);
        List<String> lines = r.out().lines().filter(l -> l.startsWith(garbage.toString())).toList();
        assertEquals(1, lines.size(), r::toString);
        assertTrue(lines.get(0).contains("无法读取"), r::toString);
        assertTrue(r.out().contains("无法读取 1"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void garbageAmongValidReportsStillExitsWithTwo() throws Exception {
        Path dir = tmp.resolve("mixed");
        Cli.copySamples(dir);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("prose.txt"), "这不是一份年度报告。\nJust some words.\n");

        Cli.Result r = Cli.run("validate", "--lang", "en", dir.toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.out().contains("7 files: 5 valid, 0 with errors, 1 unreadable"), r::toString);
        // an empty file among reports is a failed report (exit 2); prose found in a folder is not a report: skipped
        assertTrue(r.out().contains("empty.txt: unreadable"), r::toString);
        assertTrue(r.out().contains("prose.txt: skipped"), r::toString);
        assertTrue(r.out().contains("1 of them hold no report and were skipped"), r::toString);
        assertNoStackTrace(r);
    }

    @Test
    void missingPathExitsWithTwo() {
        Path missing = tmp.resolve("no-such-folder");

        Cli.Result r = Cli.run("validate", "--lang", "en", missing.toString());

        assertEquals(2, r.status(), r::toString);
        assertTrue(r.out().contains("no such file"), r::toString);
        assertNoStackTrace(r);
    }

    static void assertNoStackTrace(Cli.Result r) {
        assertFalse(r.out().contains("\tat ") || r.err().contains("\tat "), r::toString);
        assertFalse(r.out().contains("Exception") || r.err().contains("Exception"), r::toString);
    }
}
