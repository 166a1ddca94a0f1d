package io.github.ogireport.parse.doc;

import io.github.ogireport.parse.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table: rows of cells as the source laid them out, each cell with its spans. {@link #grid()} resolves the spans
 * into a rectangular grid.
 *
 * @param rows     the rows in source order
 * @param location where the table starts
 */
public record Table(List<Row> rows, SourceLocation location) implements Block {

    /** The most grid positions {@link #grid()} expands spans into. */
    public static final long MAX_GRID_POSITIONS = 2_000_000;

    /** Copies the list. */
    public Table {
        rows = rows == null ? List.of() : List.copyOf(rows);
        Objects.requireNonNull(location, "location");
    }

    /**
     * A row.
     *
     * @param cells the cells in source order (covered positions of spans are not repeated)
     */
    public record Row(List<Cell> cells) {
        /** Copies the list. */
        public Row {
            cells = cells == null ? List.of() : List.copyOf(cells);
        }
    }

    /**
     * A cell.
     *
     * @param text     the text, whitespace-normalized; line breaks inside the cell become {@code \n}
     * @param rowspan  rows spanned, at least 1
     * @param colspan  columns spanned, at least 1
     * @param location where the cell is
     */
    public record Cell(String text, int rowspan, int colspan, SourceLocation location) {
        /** @throws IllegalArgumentException if a span is below 1 */
        public Cell {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
            if (rowspan < 1 || colspan < 1) {
                throw new IllegalArgumentException("spans must be at least 1");
            }
        }

        /** A cell without spans. */
        public static Cell of(String text, SourceLocation location) {
            return new Cell(text, 1, 1, location);
        }
    }

    /**
     * The spans resolved: a rectangular grid where each position holds the cell that covers it (the same cell
     * object repeated over its span). Positions no cell covers hold {@code null}. Spans are capped at 1000, and once
     * the grid holds {@link #MAX_GRID_POSITIONS} positions further spans count as 1, so that malformed spans cannot
     * exhaust memory or time.
     */
    public List<List<Cell>> grid() {
        long budget = MAX_GRID_POSITIONS;
        List<List<Cell>> grid = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (grid.size() <= r) {
                grid.add(new ArrayList<>());
            }
            int c = 0;
            for (Cell cell : rows.get(r).cells()) {
                List<Cell> line = grid.get(r);
                while (c < line.size() && line.get(c) != null) {
                    c++;
                }
                int rs = Math.min(cell.rowspan(), 1000);
                int cs = Math.min(cell.colspan(), 1000);
                if ((long) rs * cs > budget) {
                    rs = 1;
                    cs = 1;
                }
                budget -= (long) rs * cs;
                for (int dr = 0; dr < rs && r + dr < rows.size(); dr++) {
                    while (grid.size() <= r + dr) {
                        grid.add(new ArrayList<>());
                    }
                    List<Cell> target = grid.get(r + dr);
                    while (target.size() < c + cs) {
                        target.add(null);
                    }
                    for (int dc = 0; dc < cs; dc++) {
                        target.set(c + dc, cell);
                    }
                }
                c += cs;
            }
        }
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> out = new ArrayList<>();
        for (List<Cell> line : grid) {
            List<Cell> padded = new ArrayList<>(line);
            while (padded.size() < width) {
                padded.add(null);
            }
            out.add(java.util.Collections.unmodifiableList(padded));
        }
        return java.util.Collections.unmodifiableList(out);
    }
}
