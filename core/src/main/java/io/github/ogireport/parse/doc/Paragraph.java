package io.github.ogireport.parse.doc;

import io.github.ogireport.parse.SourceLocation;
import java.util.Objects;

/**
 * A paragraph of text: one line of plain text, one {@code <p>} of HTML.
 *
 * @param text     the text
 * @param location where it starts
 */
public record Paragraph(String text, SourceLocation location) implements Block {
    /** @throws NullPointerException if an argument is null */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }
}
