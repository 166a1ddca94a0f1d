package io.github.ogireport.parse;

/**
 * Where something is in the source: line and column for text, table/row/cell for tables (HTML, DOCX, XLSX). Every
 * number is 1-based; 0 means unknown.
 *
 * @param line   line in the source text
 * @param column column (in characters) in that line
 * @param table  table number in the document
 * @param row    row number in that table
 * @param cell   cell number in that row
 */
public record SourceLocation(int line, int column, int table, int row, int cell) {

    /** An unknown location. */
    public static final SourceLocation UNKNOWN = new SourceLocation(0, 0, 0, 0, 0);

    /** @throws IllegalArgumentException if a number is negative */
    public SourceLocation {
        if (line < 0 || column < 0 || table < 0 || row < 0 || cell < 0) {
            throw new IllegalArgumentException("negative location");
        }
    }

    /** A location in text. */
    public static SourceLocation text(int line, int column) {
        return new SourceLocation(line, column, 0, 0, 0);
    }

    /** A location in a table. */
    public static SourceLocation cell(int table, int row, int cell) {
        return new SourceLocation(0, 0, table, row, cell);
    }

    /** This location with a table position added. */
    public SourceLocation withCell(int table, int row, int cell) {
        return new SourceLocation(line, column, table, row, cell);
    }

    /** Whether anything is known. */
    public boolean isKnown() {
        return line > 0 || table > 0;
    }

    /** E.g. {@code line 12, column 3} or {@code table 2, row 5, cell 3} or both. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
        }
        if (table > 0) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append("table ").append(table);
            if (row > 0) {
                sb.append(", row ").append(row);
            }
            if (cell > 0) {
                sb.append(", cell ").append(cell);
            }
        }
        return sb.length() == 0 ? "unknown location" : sb.toString();
    }
}
