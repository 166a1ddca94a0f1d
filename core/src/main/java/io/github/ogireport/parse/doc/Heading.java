package io.github.ogireport.parse.doc;

import io.github.ogireport.parse.SourceLocation;
import java.util.Objects;

/**
 * A heading the source marked as such (HTML {@code <h1>}–{@code <h6>}, a Markdown {@code #} line). Plain text has
 * no marked headings: the recognizer finds section headings among paragraphs by their wording.
 *
 * @param level    1 to 6
 * @param text     the text, whitespace-normalized
 * @param location where it starts
 */
public record Heading(int level, String text, SourceLocation location) implements Block {
    /** @throws IllegalArgumentException if level is not 1 to 6 */
    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
    }
}
