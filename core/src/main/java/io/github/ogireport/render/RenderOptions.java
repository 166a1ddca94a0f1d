package io.github.ogireport.render;

/**
 * Immutable options for rendering. A renderer ignores the options that do not apply to its format.
 *
 * @param pretty   JSON: indented output (the default) rather than one line
 * @param fragment HTML: only the report's markup, for embedding, rather than a self-contained page
 * @param bom      CSV and text: start with a UTF-8 byte order mark, so that Excel opens Chinese text correctly
 */
public record RenderOptions(boolean pretty, boolean fragment, boolean bom) {

    /** Pretty JSON, a whole HTML page, no BOM. */
    public static final RenderOptions DEFAULT = new RenderOptions(true, false, false);

    /** The defaults. */
    public static RenderOptions defaults() {
        return DEFAULT;
    }

    /** A copy with {@code pretty} set. */
    public RenderOptions withPretty(boolean v) {
        return new RenderOptions(v, fragment, bom);
    }

    /** A copy with {@code fragment} set. */
    public RenderOptions withFragment(boolean v) {
        return new RenderOptions(pretty, v, bom);
    }

    /** A copy with {@code bom} set. */
    public RenderOptions withBom(boolean v) {
        return new RenderOptions(pretty, fragment, v);
    }
}
