package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.testkit.BrokenReport;
import io.github.ogireport.testkit.Reports;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A report that breaks a hard rule, written as canonical JSON: {@code ogi validate} exits 1 and names the rule. */
class ValidateBrokenReportProperties {

    @Property(tries = 25)
    void aBrokenReportExitsWithOneAndNamesTheRule(@ForAll("broken") BrokenReport broken) throws Exception {
        Path dir = Files.createTempDirectory("ogi-broken");
        try {
            Path file = dir.resolve("broken.json");
            Files.writeString(file, ReportJson.get().toJson(broken.report()));
            String rule = broken.rule().id();

            Cli.Result text = Cli.run("validate", file.toString());
            assertEquals(1, text.status(), text::toString);
            assertTrue(text.out().contains(rule), text::toString);
            assertTrue(text.out().contains("有错误 1，"), text::toString);

            Cli.Result json = Cli.run("validate", "--format", "json", file.toString());
            assertEquals(1, json.status(), json::toString);
            JsonNode f = new ObjectMapper().readTree(json.out()).get("files").get(0);
            assertEquals("invalid", f.get("status").asText());
            boolean named = false;
            for (JsonNode finding : f.get("findings")) {
                named |= finding.get("ruleId").asText().equals(rule) && finding.get("severity").asText().equals("ERROR");
            }
            assertTrue(named, json::toString);
        } finally {
            try (var s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<BrokenReport> broken() {
        return Arbitraries.of(RuleId.T3_BALANCE, RuleId.T3_ROW_TOTAL, RuleId.T3_OUTCOME_TOTAL, RuleId.T4_TOTAL,
                RuleId.NON_NEGATIVE).flatMap(Reports::breaking);
    }
}
