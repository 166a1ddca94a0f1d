package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DisclosureStats#main} on sample 000, which handled 3 applications and disclosed 1 of them in part. */
class DisclosureStatsTest {

    @TempDir
    Path tmp;

    @Test
    void sample000DisclosedOneOfThree() throws Exception {
        Path sample = tmp.resolve("000.txt");
        Files.write(sample, Fixtures.resource("/samples/000_b1267e568fa808f4.txt"));

        String out = Fixtures.stdout(() -> DisclosureStats.main(new String[] {sample.toString()}));

        // （一）予以公开 0 + （二）部分公开 1 of （七）总计 3, to 4 decimals as Accounting rounds it
        assertEquals("33.33%", out.strip());
    }
}
