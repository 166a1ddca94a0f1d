package io.github.ogireport.model;

import io.github.ogireport.catalog.Section;
import java.util.List;
import java.util.Optional;

/**
 * Content the source had that the format does not name, kept verbatim: a local extra table, a heading and its text,
 * a site footer.
 *
 * @param heading    the heading it stood under, if any, as written
 * @param paragraphs its text paragraphs, in order
 * @param rows       its table rows (cells as written), empty if it had no table
 * @param after      the template section it followed in the source, empty if it came before section 一
 */
public record ExtraContent(Optional<String> heading, List<String> paragraphs, List<List<String>> rows,
        Optional<Section> after) {

    /** Copies the lists; {@code null} means empty. */
    public ExtraContent {
        heading = heading == null ? Optional.empty() : heading;
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        after = after == null ? Optional.empty() : after;
    }

    /** Extra text paragraphs after a section. */
    public static ExtraContent text(Section after, String heading, List<String> paragraphs) {
        return new ExtraContent(Optional.ofNullable(heading), paragraphs, List.of(), Optional.ofNullable(after));
    }

    /** An extra table after a section. */
    public static ExtraContent table(Section after, String heading, List<List<String>> rows) {
        return new ExtraContent(Optional.ofNullable(heading), List.of(), rows, Optional.ofNullable(after));
    }
}
