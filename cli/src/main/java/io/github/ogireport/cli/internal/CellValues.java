package io.github.ogireport.cli.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import java.math.BigDecimal;

/**
 * The cells of a report addressed by their catalog pointer, through the canonical JSON (a number, {@code null} for
 * blank, a string for a placeholder, absent for not reported), so that every table and edition is addressed the
 * same way.
 */
final class CellValues {

    private static final ObjectMapper MAPPER = ReportJson.get().mapper()
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private final JsonNode tree;

    CellValues(AnnualReport report) {
        this.tree = MAPPER.valueToTree(report);
    }

    /** The cell at a catalog address. */
    Cell cell(CellRef ref) {
        JsonNode n = tree.at(ref.pointer());
        if (n.isMissingNode()) {
            return Cell.notReported();
        }
        if (n.isNull()) {
            return Cell.blank();
        }
        if (n.isNumber()) {
            return Cell.of(n.decimalValue());
        }
        if (n.isTextual()) {
            return Cell.placeholder(n.textValue());
        }
        // an object or array at a cell's pointer would be a model change this command does not know
        throw new IllegalStateException("unexpected JSON at " + ref.pointer() + ": " + n.getNodeType());
    }

    /** Whether two cells say the same: equal numbers (numerically), or the same kind and text. */
    static boolean same(Cell a, Cell b) {
        if (a instanceof Cell.Number x && b instanceof Cell.Number y) {
            return x.value().compareTo(y.value()) == 0;
        }
        return a.equals(b);
    }

    /** A cell for humans: the number plain, the placeholder quoted, blank and not reported in words. */
    static String show(Cell c, Messages m) {
        if (c instanceof Cell.Number n) {
            return plain(n.value());
        }
        if (c instanceof Cell.Placeholder p) {
            return "\"" + p.text() + "\"";
        }
        return c.isReported() ? m.get("cell.blank") : m.get("cell.notReported");
    }

    /** A number without exponent or trailing zeros. */
    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }
}
