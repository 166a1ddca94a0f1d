package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.parsers.internal.recognize.Values;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cell's text becomes a number (with its unit), a placeholder as written, a blank — or no value at all. */
class CellValueParsingTest {

    private static Values.Value v(String text) {
        return Values.parse(text).orElseThrow(() -> new AssertionError("not a value: " + text));
    }

    @Test
    void numbersWithSeparatorsUnitsAndSigns() {
        assertEquals(Cell.of(1250), v("1,250元").cell());
        assertEquals(Optional.of(MoneyUnit.YUAN), v("1,250元").unit());
        assertEquals(Cell.of(new BigDecimal("36.5")), v("36.5万元").cell());
        assertEquals(Optional.of(MoneyUnit.WAN_YUAN), v("36.5万元").unit());
        assertEquals(Cell.of(new BigDecimal("24252.311082")), v("24252.311082").cell());
        assertEquals(Cell.of(-8), v("-8").cell());
        assertEquals(Cell.of(-8), v("－8").cell());
        assertEquals(Cell.of(5), v("５").cell());
        assertEquals(Cell.of(12), v(" 12件 ").cell());
        assertEquals(Optional.empty(), v("12件").unit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "—", "/", "无", "－", "／", "--", "——", "\\"})
    void placeholdersKeepTheirText(String text) {
        assertEquals(Cell.placeholder(text), v(text).cell());
    }

    @Test
    void emptyIsBlankNotZero() {
        assertEquals(Cell.blank(), v("").cell());
        assertEquals(Cell.blank(), v("  ").cell());
        assertFalse(v("").cell().isNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"规章", "约3件", "1.属于国家秘密", "3-5", "12,34"})
    void textIsNoValue(String text) {
        assertTrue(Values.parse(text).isEmpty(), text);
    }

    @Test
    void digitRunsThatCannotBeOneNumberAreMarkedGlued() {
        assertTrue(v("000").certainlyGlued());
        assertTrue(v("35128").gluedCandidate());
        assertFalse(v("35128").certainlyGlued());
        assertFalse(v("7").gluedCandidate());
    }
}
