package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ValidateInTenLines}: a real sample is valid; a report with one cell changed is not, and says where. */
class ValidateInTenLinesTest {

    @TempDir
    Path tmp;

    @Test
    void sample001IsValid() throws Exception {
        Path sample = Fixtures.sample001(tmp);

        String out = Fixtures.stdout(() -> ValidateInTenLines.main(new String[] {sample.toString()}));

        assertEquals("永平镇 2022: valid\n", out);
    }

    @Test
    void aChangedCellIsReportedWithItsRuleAndPath() throws Exception {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, ReportJson.get().toJson(Fixtures.broken001()));

        String out = Fixtures.stdout(() -> ValidateInTenLines.main(new String[] {broken.toString()}));

        List<String> lines = out.lines().toList();
        assertEquals("永平镇 2022: invalid", lines.get(0));
        assertTrue(out.contains("T3-ROW-TOTAL /table3/outcomes/disclosed/total "), out);
        assertTrue(out.contains("T3-OUTCOME-TOTAL /table3/outcomes/total/naturalPerson"), out);
    }
}
