package io.github.ogireport.parse.doc;

import io.github.ogireport.parse.SourceLocation;

/** A block of a {@link Document}: a heading, a paragraph or a table. */
public sealed interface Block permits Heading, Paragraph, Table {
    /** Where the block starts in the source. */
    SourceLocation location();
}
