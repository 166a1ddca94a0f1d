package io.github.ogireport.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of a narrative section (一, 五, 六, or the preamble): its sub-headings and paragraphs in order.
 *
 * @param blocks the blocks in source order; empty if the source had no such section
 */
public record Narrative(List<TextBlock> blocks) {

    /** A section the source did not have. */
    public static final Narrative EMPTY = new Narrative(List.of());

    /** Copies the list; {@code null} means empty. */
    public Narrative {
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    /** A narrative of paragraphs. */
    public static Narrative ofParagraphs(String... paragraphs) {
        return new Narrative(java.util.Arrays.stream(paragraphs).map(TextBlock::paragraph).toList());
    }

    /** Whether the section has no text. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** The whole text, blocks separated by newlines. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public String text() {
        return blocks.stream().map(TextBlock::text).collect(Collectors.joining("\n"));
    }
}
