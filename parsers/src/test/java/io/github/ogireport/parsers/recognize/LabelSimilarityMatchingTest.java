package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Table3Group;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.parsers.internal.recognize.Labels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels are matched to the catalog by similarity after normalization, never by a list of known misspellings. */
class LabelSimilarityMatchingTest {

    private static final List<Object> KEYS = new ArrayList<>();
    private static final List<String> LABELS = new ArrayList<>();

    static {
        for (Table3Row r : Table3Row.values()) {
            if (r != Table3Row.OTHER_HANDLING_TOTAL) {
                KEYS.add(r);
                LABELS.add(r.labelZh());
            }
        }
        for (Table3Group g : Table3Group.values()) {
            KEYS.add(g);
            LABELS.add(g.labelZh());
        }
    }

    private static Labels.Match<Object> match(String text) {
        return Labels.best(text, KEYS, LABELS);
    }

    @ParameterizedTest(name = "{0} -> {1} (exact after normalization: {2})")
    @CsvSource({
            // wrong character
            "5.属于三类内容事务信息, WITHHELD_INTERNAL_AFFAIRS, false",
            "（二）部分公开（区分处理的，只计这一情况，不计其他情形）, PARTIALLY_DISCLOSED, false",
            // missing character
            "4.保护第三方合法权, WITHHELD_THIRD_PARTY, false",
            "2.其他法律行政法规禁公开, WITHHELD_PROHIBITED_BY_LAW, false",
            // doubled numeral
            "（三三）不予公开, WITHHELD, false",
            "11.属于国家秘密, WITHHELD_STATE_SECRET, false",
            // spaces, width, numbering variants, Kangxi radicals
            "1. 属于国家秘密, WITHHELD_STATE_SECRET, true",
            "(一)予以公开, DISCLOSED, true",
            "（一） 予以公开, DISCLOSED, true",
            "1、属于国家秘密, WITHHELD_STATE_SECRET, true",
            "（1）属于国家秘密, WITHHELD_STATE_SECRET, true",
            "1．属于国家秘密, WITHHELD_STATE_SECRET, true",
            "⼀、本年新收政府信息公开申请数量, NEW_APPLICATIONS, true",
            "⼆、上年结转政府信息公开申请数量, CARRIED_OVER, true",
            "三、 本年度办理结果, OUTCOMES, true",
            "3. 其他, OTHER_OTHER, true"})
    void typoFamilyMatchesTheCatalogLabel(String text, String expected, boolean exact) {
        Labels.Match<Object> m = match(text);
        assertEquals(expected, ((Enum<?>) m.value()).name());
        assertEquals(exact, m.exact(), () -> "score " + m.score());
        assertTrue(m.score() >= Labels.THRESHOLD);
    }

    @ParameterizedTest
    @CsvSource({"其他", "总计", "合计", "申请人情况", "自然人", "本年度政府信息公开工作情况良好"})
    void unrelatedTextMatchesNoRow(String text) {
        assertNull(match(text), text);
    }

    @Test
    void normalizationUnifiesWidthNumberingAndRadicals() {
        assertEquals("1.属于国家秘密", Labels.normalize("（1） 属于国家秘密"));
        assertEquals("1.属于国家秘密", Labels.normalize("1、属于国家秘密"));
        assertEquals("一、总体情况", Labels.normalize("⼀．总体情况"));
        assertEquals("(一)予以公开", Labels.normalize("（一）予以公开"));
        assertEquals("3.危及\"三安全一稳定\"", Labels.normalize("3.危及“三安全一稳定”"));
        assertEquals("自然人", Labels.normalize("自 然\u3000人"));
    }

    @Test
    void similarityIsEditDistanceOverTheLongerLength() {
        assertEquals(1.0, Labels.similarity("本年废止件数", "本年废止件数"));
        assertEquals(1.0 - 1.0 / 6, Labels.similarity("本年度止件数", "本年废止件数"), 1e-9);
        assertEquals(2, Labels.distance("结果", "结果维持"));
        assertFalse(Labels.similarity("其他", "3.其他") >= Labels.THRESHOLD);
    }

    @Test
    void aTieBetweenTwoLabelsIsNoMatch() {
        List<Object> keys = List.of("a", "b");
        assertNull(Labels.best("本年处理决定", keys, List.of("本年处理决定数", "本年处理决定量")));
    }
}
