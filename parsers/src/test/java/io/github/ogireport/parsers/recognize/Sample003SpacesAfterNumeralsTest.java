package io.github.ogireport.parsers.recognize;

import static io.github.ogireport.parsers.recognize.SampleAssertions.equalsGolden;
import static io.github.ogireport.parsers.recognize.SampleAssertions.hasDiagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ogireport.model.TextBlock;
import io.github.ogireport.parse.ParseResult;
import org.junit.jupiter.api.Test;

/** Sample 003: spaces after numerals, a title split by a space, mixed full/half-width punctuation. */
class Sample003SpacesAfterNumeralsTest {

    private final ParseResult r = Samples.sample("003");

    @Test
    void readsExactlyTheGoldenReport() {
        equalsGolden(r, "003");
    }

    @Test
    void titleKeepsItsSpacesAndAgencyDropsThem() {
        assertEquals("新华区曙光街街道办事处 2024 年政府信息公开工作 年度报告", r.report().metadata().title().orElseThrow());
        assertEquals("新华区曙光街街道办事处", r.report().metadata().agency().orElseThrow());
        assertEquals(2024, r.report().metadata().reportYear().orElseThrow());
    }

    @Test
    void numberedLabelsWithSpacesAreMatched() {
        hasDiagnostic(r, "LABEL_NORMALIZED", "1. 属于国家秘密", "1.属于国家秘密");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
    }

    @Test
    void shortSubHeadingsAreHeadings() {
        assertEquals(TextBlock.heading("(一) 主动公开:"), r.report().overview().blocks().get(0));
    }
}
