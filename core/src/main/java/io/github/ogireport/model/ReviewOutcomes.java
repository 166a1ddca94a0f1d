package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.ogireport.catalog.Table4Column;
import java.util.List;

/**
 * One group of table 4: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.
 *
 * <p>A {@code null} component means "not reported" and is stored as {@link Cell#NOT_REPORTED}.
 */
public record ReviewOutcomes(
        Cell upheld,
        Cell corrected,
        Cell other,
        Cell pending,
        Cell total) implements CellRow {

    /** A group the source did not report. */
    public static final ReviewOutcomes NOT_REPORTED = new ReviewOutcomes(null, null, null, null, null);

    /** Normalizes {@code null} cells to {@link Cell#NOT_REPORTED}. */
    public ReviewOutcomes {
        upheld = Cell.orNotReported(upheld);
        corrected = Cell.orNotReported(corrected);
        other = Cell.orNotReported(other);
        pending = Cell.orNotReported(pending);
        total = Cell.orNotReported(total);
    }

    /** A group of five counts in column order. */
    public static ReviewOutcomes of(long upheld, long corrected, long other, long pending, long total) {
        return new ReviewOutcomes(Cell.of(upheld), Cell.of(corrected), Cell.of(other), Cell.of(pending), Cell.of(total));
    }

    /** A group of zeros. */
    public static ReviewOutcomes zeros() {
        return of(0, 0, 0, 0, 0);
    }

    /**
     * A group from its five cells in column order.
     *
     * @throws IllegalArgumentException if there are not exactly five cells
     */
    public static ReviewOutcomes fromCells(List<Cell> cells) {
        List<Cell> c = CellRow.requireSize(cells, 5, "a table 4 group");
        return new ReviewOutcomes(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4));
    }

    /** The cell of a column. */
    public Cell cell(Table4Column column) {
        return switch (column) {
            case UPHELD -> upheld;
            case CORRECTED -> corrected;
            case OTHER -> other;
            case PENDING -> pending;
            case TOTAL -> total;
        };
    }

    /** A copy with one cell replaced. */
    public ReviewOutcomes with(Table4Column column, Cell cell) {
        List<Cell> c = new java.util.ArrayList<>(cells());
        c.set(column.ordinal(), cell);
        return fromCells(c);
    }

    /** Whether the source reported at least one cell of this row (without building {@link #cells()}). */
    @Override
    @JsonIgnore
    public boolean isReported() {
        return upheld.isReported() || corrected.isReported() || other.isReported() || pending.isReported()
                || total.isReported();
    }

    @Override
    public List<Cell> cells() {
        return List.of(upheld, corrected, other, pending, total);
    }
}
