package io.github.ogireport.testkit;

/** How the tables of a {@link MessyRendering} are laid out as text, after the real agencies' pages they imitate. */
public enum TextShape {
    /** Every cell on its own line ending with {@code " |"}; {@code ||} and {@code |||} lines for merged cells (sample 000). */
    PIPE_SUFFIX,
    /** Like {@link #PIPE_SUFFIX}, with a lone {@code |} line before each row (sample 001). */
    PIPE_PREFIX,
    /** Tab-separated rows; some table-3 rows have their labels shifted into column 0 (samples 002 and 003). */
    TAB_ROWS,
    /** One tab-indented cell per line, a blank line between rows; an empty cell is a lone tab (sample 004). */
    CELL_PER_LINE,
    /** Whitespace-aligned columns, at least two spaces between cells. */
    ALIGNED,
    /** Markdown pipe tables. */
    MARKDOWN,
    /**
     * Labels and numbers glued without delimiter ({@code 规章000}); only rows whose digits split back in exactly one way
     * by {@link io.github.ogireport.rules.GluedNumbers} are glued, the others (and rows of more than 24 digits, or
     * with a decimal, a sign, a unit or an empty cell) are written tab-separated.
     */
    GLUED;

    /** Whether an empty cell can be written unambiguously in this shape (so a zero may be written as a blank). */
    public boolean canWriteBlankCells() {
        return this == TAB_ROWS || this == CELL_PER_LINE || this == MARKDOWN;
    }
}
