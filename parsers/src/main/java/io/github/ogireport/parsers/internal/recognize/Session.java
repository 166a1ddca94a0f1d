package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.catalog.Section;
import io.github.ogireport.model.ExtraContent;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parsers.internal.detect.Deadline;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable state of one recognition: diagnostics and extras in source order, the deadline, and what is left of the
 * budget of glued-label segmentations. One per call, never shared between threads.
 */
final class Session {

    /** How many ticks between two looks at the clock. */
    private static final int TICKS_PER_CHECK = 64;

    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<ExtraContent> extras = new ArrayList<>();
    private final Deadline deadline;
    /** Segmentations left, shared with the quiet sessions of the same recognition. */
    private final int[] segmentations;
    private int ticks;

    Session() {
        this(Deadline.NONE);
    }

    Session(Deadline deadline) {
        this(deadline, new int[] {TableRecognizer.MAX_SEGMENTATIONS});
    }

    private Session(Deadline deadline, int[] segmentations) {
        this.deadline = deadline;
        this.segmentations = segmentations;
    }

    /** A session for a trial reading whose diagnostics and extras are dropped: same deadline and budget. */
    Session quiet() {
        return new Session(deadline, segmentations);
    }

    /** Counts one step of a loop; every few steps, throws if the deadline has passed. */
    void tick() {
        if (++ticks % TICKS_PER_CHECK == 0) {
            deadline.check();
        }
    }

    /** Throws if the deadline has passed. */
    void checkDeadline() {
        deadline.check();
    }

    /** Takes one glued-label segmentation from the budget; false when it is spent. */
    boolean takeSegmentation() {
        return segmentations[0]-- > 0;
    }

    void report(Code code, SourceLocation location, Object... params) {
        diagnostics.add(code.at(location, params));
    }

    void extraText(Section after, String heading, List<String> paragraphs) {
        extras.add(ExtraContent.text(after, heading, paragraphs));
    }

    void extraRows(Section after, String heading, List<List<String>> rows) {
        extras.add(ExtraContent.table(after, heading, rows));
    }

    static List<String> texts(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.text());
        }
        return out;
    }
}
