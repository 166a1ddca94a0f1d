package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PrintFindingsInEnglish}: findings in English with expected and actual values; unreadable input listed. */
class PrintFindingsInEnglishTest {

    @TempDir
    Path tmp;

    @Test
    void printsFindingsOfEachFileInEnglish() throws Exception {
        Path sample = Fixtures.sample001(tmp);
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, ReportJson.get().toJson(Fixtures.broken001()));
        Path junk = tmp.resolve("junk.txt");
        Files.writeString(junk, "hello");

        String out = Fixtures.stdout(() -> PrintFindingsInEnglish.main(
                new String[] {sample.toString(), broken.toString(), junk.toString()}));

        assertTrue(out.contains(sample + " (text): 0 finding(s)"), out);
        assertTrue(out.contains(broken + " (json): "), out);
        assertTrue(out.contains("ERROR T3-OUTCOME-TOTAL Table 3 "), out);
        assertTrue(out.contains("(expected "), out);
        assertTrue(out.contains(junk + ": cannot be read"), out);
    }
}
