package io.github.ogireport.parsers.recognize;

import static io.github.ogireport.parsers.recognize.SampleAssertions.equalsGolden;
import static io.github.ogireport.parsers.recognize.SampleAssertions.hasDiagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.parse.ParseResult;
import org.junit.jupiter.api.Test;

/** Sample 004: one tab-indented cell per line, typos 只计这一情况 and 属于三类内容事务信息, contact in prose. */
class Sample004TyposTabIndentedCellsTest {

    private final ParseResult r = Samples.sample("004");

    @Test
    void readsExactlyTheGoldenReport() {
        equalsGolden(r, "004");
    }

    @Test
    void typosAreMatchedWithDiagnostics() {
        hasDiagnostic(r, "LABEL_FUZZY_MATCH", "只计这一情况", "只计这一情形");
        hasDiagnostic(r, "LABEL_FUZZY_MATCH", "属于三类内容事务信息", "5.属于三类内部事务信息");
    }

    @Test
    void nonZeroCountsAndMetadata() {
        assertEquals(Cell.of(10), r.report().table3().newApplications().total());
        assertEquals(Cell.of(4), r.report().table3().outcomes().unableToProvide().notHeld().naturalPerson());
        assertEquals(Cell.of(2), r.report().table3().outcomes().unableToProvide().stillUnclear().total());
        assertEquals(StatisticsPeriod.calendarYear(2023), r.report().metadata().statisticsPeriod().orElseThrow());
        assertEquals("85284759", r.report().metadata().contact().phone().orElseThrow());
        assertEquals("南关区政府办公室", r.report().metadata().agency().orElseThrow());
    }
}
