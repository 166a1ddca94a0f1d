package io.github.ogireport.renderers;

import io.github.ogireport.render.ReportRenderer;
import java.util.List;
import java.util.Optional;

/**
 * The renderers on the class path, found through {@link java.util.ServiceLoader} and sorted by format name.
 * Thread-safe.
 *
 * <p>TODO(renderers): implementation in progress; the signatures are fixed.
 */
public final class ReportRenderers {

    private ReportRenderers() {
    }

    /** Every renderer, sorted by format name. */
    public static List<ReportRenderer> all() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** The renderer of a format (e.g. {@code html}), by name, case-insensitive. */
    public static Optional<ReportRenderer> forFormat(String format) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
