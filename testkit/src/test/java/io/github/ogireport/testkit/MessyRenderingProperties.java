package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRow;
import io.github.ogireport.model.Table2Edition2019;
import io.github.ogireport.validation.ReportValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import io.github.ogireport.testkit.internal.Choices;
import io.github.ogireport.testkit.internal.MessyWriter;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/** {@link Reports#messy()}: the text encodes exactly the expected report, which is valid; every shape occurs. */
class MessyRenderingProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.create();
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(元|万元)?");

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Property(tries = 200)
    void expectedIsValidAndEveryShapeAndNoiseOccurs(@ForAll("messy") MessyRendering m) {
        ValidationAssertions.assertThat(VALIDATOR.validate(m.expected())).isValid();
        Statistics.label("shape").collect(m.shape())
                .coverage(cov -> Arrays.stream(TextShape.values())
                        .forEach(s -> cov.check(s).count(n -> n >= 1)));
        for (Noise n : Noise.values()) {
            Statistics.label(n.name()).collect(m.noise().contains(n));
        }
    }

    @Property(tries = 150)
    void theNumbersOfTheTablesAreThoseOfTheExpectedReportInTemplateOrder(@ForAll("messy") MessyRendering m) {
        if (m.shape() == TextShape.GLUED) {
            return;
        }
        assertEquals(expectedNumbers(m.expected()), numbersInTables(m), m::toString);
    }

    @Property(tries = 100)
    void blankCellsOnlyWithBlankForZeroNoise(@ForAll("messy") MessyRendering m) {
        boolean blanks = allCells(m.expected()).stream().anyMatch(c -> c instanceof Cell.Blank);
        if (blanks) {
            assertTrue(m.noise().contains(Noise.BLANK_FOR_ZERO), m::toString);
            assertTrue(m.shape().canWriteBlankCells(), m::toString);
        }
        assertFalse(allCells(m.expected()).stream().anyMatch(c -> c instanceof Cell.Placeholder));
        assertFalse(m.expected().fees().isReported());
        assertTrue(m.expected().extras().isEmpty());
    }

    @Property(tries = 100)
    void titleAndSectionHeadingsAreVerbatimLinesInOrder(@ForAll("messy") MessyRendering m) {
        List<String> lines = Arrays.asList(m.text().split("\n", -1));
        assertEquals(m.expected().metadata().title().orElseThrow(), lines.get(0));
        int at = 0;
        for (Section s : Section.values()) {
            int i = lines.subList(at, lines.size()).indexOf(s.headingZh());
            assertTrue(i >= 0, () -> s.headingZh() + " missing in\n" + m.text());
            at += i + 1;
        }
        String agency = m.expected().metadata().agency().orElseThrow();
        assertTrue(lines.get(0).startsWith(agency + m.expected().metadata().reportYear().orElseThrow() + "年"));
    }

    @Property(tries = 100)
    void withoutNoiseEveryRowLabelIsTheCatalogsVerbatim(@ForAll("plain") MessyRendering m) {
        assertTrue(m.noise().isEmpty());
        for (Table3Row r : Table3Row.values()) {
            if (m.expected().table3().row(r).isReported()) {
                assertTrue(m.text().contains(r.labelZh()), () -> r.labelZh() + " missing in\n" + m.text());
            }
        }
        for (Table2Row r : Table2Row.rowsOf(m.expected().edition())) {
            if (m.expected().table2().row(r).isReported()) {
                assertTrue(m.text().contains(r.labelZh()), () -> r.labelZh() + " missing in\n" + m.text());
            }
        }
    }

    @Property(tries = 40)
    void aFixedShapeIsKept(@ForAll("glued") MessyRendering m) {
        assertEquals(TextShape.GLUED, m.shape());
        assertFalse(m.noise().contains(Noise.BLANK_FOR_ZERO));
        ValidationAssertions.assertThat(VALIDATOR.validate(m.expected())).isValid();
    }

    @Provide
    Arbitrary<MessyRendering> messy() {
        return Reports.messy();
    }

    @Provide
    Arbitrary<MessyRendering> plain() {
        return Arbitraries.integers().between(0, 999_999).list().ofSize(Choices.SIZE)
                .map(v -> MessyWriter.render(new Choices(v), Optional.empty(), Optional.of(Set.of())));
    }

    @Provide
    Arbitrary<MessyRendering> glued() {
        return Reports.messy(TextShape.GLUED);
    }

    private static List<Cell> allCells(AnnualReport r) {
        List<Cell> out = new ArrayList<>();
        for (Table2Row row : Table2Row.rowsOf(r.edition())) {
            out.addAll(r.table2().row(row).cells());
        }
        for (Table3Row row : Table3Row.values()) {
            out.addAll(r.table3().row(row).cells());
        }
        for (Table4Row row : Table4Row.values()) {
            out.addAll(r.table4().row(row).cells());
        }
        return out;
    }

    /** The numbers of the expected tables as written, in template order (a 2019 procurement amount with its unit). */
    private static List<String> expectedNumbers(AnnualReport r) {
        List<String> out = new ArrayList<>();
        for (Table2Row row : Table2Row.rowsOf(r.edition())) {
            CellRow cells = r.table2().row(row);
            for (int i = 0; i < cells.cells().size(); i++) {
                Cell c = cells.cells().get(i);
                if (c instanceof Cell.Number n) {
                    String unit = row.columns().get(i) == Table2Column.PROCUREMENT_AMOUNT
                            ? ((Table2Edition2019) r.table2()).procurement().unit().symbol() : "";
                    out.add(n.value().toPlainString() + unit);
                }
            }
        }
        for (Table3Row row : Table3Row.values()) {
            r.table3().row(row).cells().forEach(c -> c.number().ifPresent(v -> out.add(v.toPlainString())));
        }
        for (Table4Row row : Table4Row.values()) {
            r.table4().row(row).cells().forEach(c -> c.number().ifPresent(v -> out.add(v.toPlainString())));
        }
        return out;
    }

    /** The number tokens between section 二's heading and section 五's heading, split as the shape delimits cells. */
    private static List<String> numbersInTables(MessyRendering m) {
        String text = m.text();
        int from = text.indexOf(Section.PROACTIVE_DISCLOSURE.headingZh() + "\n");
        int to = text.indexOf("\n" + Section.PROBLEMS.headingZh() + "\n");
        List<String> out = new ArrayList<>();
        for (String line : text.substring(from, to).split("\n")) {
            String[] tokens;
            switch (m.shape()) {
                case PIPE_SUFFIX:
                case PIPE_PREFIX:
                    tokens = new String[] {line.endsWith(" |") ? line.substring(0, line.length() - 2) : ""};
                    break;
                case CELL_PER_LINE:
                    tokens = new String[] {line.startsWith("\t") ? line.substring(1) : line};
                    break;
                case TAB_ROWS:
                    tokens = line.split("\t");
                    break;
                case ALIGNED:
                    tokens = line.split(" {2,}");
                    break;
                case MARKDOWN:
                    tokens = line.split("\\|");
                    break;
                default:
                    throw new IllegalStateException(m.shape().name());
            }
            for (String t : tokens) {
                String s = t.strip();
                if (NUMBER.matcher(s).matches()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
