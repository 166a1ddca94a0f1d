package io.github.ogireport.model;

import java.util.Objects;

/**
 * A heading or paragraph of narrative text, kept verbatim.
 *
 * @param kind heading or paragraph
 * @param text the text as written (trimmed)
 */
public record TextBlock(Kind kind, String text) {

    /** The kinds of narrative block. */
    public enum Kind {
        /** A sub-heading such as {@code （一）网站建设运行情况}. */
        HEADING,
        /** A paragraph. */
        PARAGRAPH
    }

    /** @throws NullPointerException if an argument is null */
    public TextBlock {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** A paragraph. */
    public static TextBlock paragraph(String text) {
        return new TextBlock(Kind.PARAGRAPH, text);
    }

    /** A sub-heading. */
    public static TextBlock heading(String text) {
        return new TextBlock(Kind.HEADING, text);
    }
}
