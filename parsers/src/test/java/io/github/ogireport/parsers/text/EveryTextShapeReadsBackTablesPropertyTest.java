package io.github.ogireport.parsers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parsers.recognize.Samples;
import io.github.ogireport.parsers.text.ShapeRenderer.Shape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every table written in every plain-text shape, with random numbers, blanks and placeholders, reads back cell for
 * cell (blank stays blank, a placeholder keeps its text), in both editions.
 */
class EveryTextShapeReadsBackTablesPropertyTest {

    private static final String[] PLACEHOLDERS = {"-", "/", "无", "—"};

    @Property(tries = 150)
    void tablesReadBackInEveryShape(@ForAll("shapes") Shape shape, @ForAll("editions") Edition edition,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int blankiness) {
        Random rnd = new Random(seed);
        boolean blanks = shape != Shape.SPACES;
        Table2 t2 = table2(edition, rnd, blanks, blankiness);
        Table3 t3 = table3(edition, rnd, blanks, blankiness);
        Table4 t4 = table4(rnd, blanks, blankiness);
        int year = edition == Edition.V2021 ? 2023 : 2020;
        String text = ShapeRenderer.report("某某县人民政府办公室", year, t2, t3, t4, shape);

        ParseResult r = Samples.parse(text);

        assertFalse(r.hasErrors(), () -> r.diagnostics().toString() + "\n" + text);
        assertEquals(edition, r.report().edition());
        assertEquals(json(t2), json(r.report().table2()), text);
        assertEquals(json(t3), json(r.report().table3()), text);
        assertEquals(json(t4), json(r.report().table4()), text);
        assertEquals(year, r.report().metadata().reportYear().orElseThrow());
    }

    @Provide
    Arbitrary<Shape> shapes() {
        return Arbitraries.of(Shape.class);
    }

    @Provide
    Arbitrary<Edition> editions() {
        return Arbitraries.of(Edition.class);
    }

    private static String json(Object o) {
        return ReportJson.get().toJson(o);
    }

    private static Cell cell(Random rnd, boolean blanks, int blankiness, boolean signed, boolean decimal) {
        int k = rnd.nextInt(10);
        if (k < blankiness) {
            return blanks && rnd.nextBoolean() ? Cell.blank() : Cell.placeholder(PLACEHOLDERS[rnd.nextInt(4)]);
        }
        if (decimal && rnd.nextBoolean()) {
            return Cell.of(new BigDecimal(rnd.nextInt(100000) + "." + (1 + rnd.nextInt(99))));
        }
        long v = rnd.nextInt(4) == 0 ? rnd.nextInt(20000) : rnd.nextInt(10);
        if (signed && rnd.nextBoolean()) {
            v = -v;
        }
        return Cell.of(v);
    }

    private static Table2 table2(Edition edition, Random rnd, boolean blanks, int blankiness) {
        Map<Table2Row, List<Cell>> rows = new EnumMap<>(Table2Row.class);
        for (Table2Row r : Table2Row.rowsOf(edition)) {
            List<Cell> cells = new ArrayList<>();
            for (Table2Column c : r.columns()) {
                cells.add(cell(rnd, blanks, blankiness, c.signed(), c.monetary()));
            }
            rows.put(r, cells);
        }
        Map<Table2Row, MoneyUnit> units = new EnumMap<>(Table2Row.class);
        return Table2.fromRows(edition, rows, units);
    }

    private static Table3 table3(Edition edition, Random rnd, boolean blanks, int blankiness) {
        Map<Table3Row, ApplicantCounts> rows = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.rowsOf(edition)) {
            List<Cell> cells = new ArrayList<>();
            for (int k = 0; k < ApplicantColumn.values().length; k++) {
                cells.add(cell(rnd, blanks, blankiness, false, false));
            }
            rows.put(r, ApplicantCounts.fromCells(cells));
        }
        return Table3.fromRows(rows);
    }

    private static Table4 table4(Random rnd, boolean blanks, int blankiness) {
        List<ReviewOutcomes> groups = new ArrayList<>();
        for (int g = 0; g < Table4Row.values().length; g++) {
            List<Cell> cells = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                cells.add(cell(rnd, blanks, blankiness, false, false));
            }
            groups.add(ReviewOutcomes.fromCells(cells));
        }
        return new Table4(groups.get(0), groups.get(1), groups.get(2));
    }
}
