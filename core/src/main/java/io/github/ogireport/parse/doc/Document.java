package io.github.ogireport.parse.doc;

import java.util.List;

/**
 * The neutral document every reader produces: blocks in source order. The recognizer knows nothing else of the
 * source format.
 *
 * @param blocks headings, paragraphs and tables in source order
 */
public record Document(List<Block> blocks) {

    /** Copies the list. */
    public Document {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
