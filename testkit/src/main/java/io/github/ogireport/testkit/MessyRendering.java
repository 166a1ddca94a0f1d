package io.github.ogireport.testkit;

import io.github.ogireport.model.AnnualReport;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A report written out as the plain text of a real agency's page, and the exact report that text encodes.
 *
 * <p>The text has the title, the preamble lines, the six section headings (verbatim), the narrative one block per
 * line, and the three tables in the {@link #shape()}, with the {@link #noise()} applied to their labels. Every label
 * comes from the catalog enums. {@link #expected()} is what a faithful reader returns by the golden-file conventions
 * (core {@code golden/CONVENTIONS.md}): the title and the agency before the year in it, the statistics period and
 * the contact block from the preamble lines, one narrative block per line, every table cell as written (an empty
 * cell is {@link io.github.ogireport.model.Cell#blank()}), rows absent from the text not reported. It has no fee block
 * and no extras.
 *
 * @param text     the text, lines ending with {@code \n}
 * @param shape    the layout of the tables
 * @param noise    the noise applied
 * @param expected the report the text encodes
 */
public record MessyRendering(String text, TextShape shape, Set<Noise> noise, AnnualReport expected) {

    /** Copies the set; @throws NullPointerException if an argument is null. */
    public MessyRendering {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(expected, "expected");
        EnumSet<Noise> copy = EnumSet.noneOf(Noise.class);
        copy.addAll(Objects.requireNonNull(noise, "noise"));
        noise = Collections.unmodifiableSet(copy);
    }

    @Override
    public String toString() {
        return "MessyRendering[" + shape + " " + noise + "]\n" + text;
    }
}
