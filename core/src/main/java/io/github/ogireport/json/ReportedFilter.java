package io.github.ogireport.json;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRow;
import io.github.ogireport.model.Contact;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Narrative;
import java.util.Collection;
import java.util.Optional;

/**
 * The canonical JSON's inclusion rule: a property is left out when its value is absent — {@code null}, an empty
 * optional, a cell or row not reported, an empty narrative or contact block, an empty list, an unspecified money unit.
 */
final class ReportedFilter {

    @Override
    public boolean equals(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Optional<?> o) {
            return o.isEmpty();
        }
        if (value instanceof Cell c) {
            return !c.isReported();
        }
        if (value instanceof CellRow r) {
            return !r.isReported();
        }
        if (value instanceof Narrative n) {
            return n.isEmpty();
        }
        if (value instanceof Contact c) {
            return !c.isPresent();
        }
        if (value == MoneyUnit.UNSPECIFIED) {
            return true;
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty();
        }
        return false;
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
