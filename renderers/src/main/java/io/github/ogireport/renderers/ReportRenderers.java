package io.github.ogireport.renderers;

import io.github.ogireport.render.ReportRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The renderers on the class path, found through {@link java.util.ServiceLoader} and sorted by format name.
 * Thread-safe: the renderers are found once, on first use, with the class loader of this class.
 *
 * <p>Two renderers that claim the same format name (compared case-insensitively) are refused: every method then
 * throws {@link IllegalStateException} naming both classes, rather than picking one at random.
 */
public final class ReportRenderers {

    private ReportRenderers() {
    }

    /**
     * Every renderer, sorted by format name.
     *
     * @throws IllegalStateException if two renderers on the class path claim the same format name
     */
    public static List<ReportRenderer> all() {
        return Registry.INSTANCE.get();
    }

    /**
     * The renderer of a format (e.g. {@code html}), by name, case-insensitive.
     *
     * @throws NullPointerException  if format is null
     * @throws IllegalStateException if two renderers on the class path claim the same format name
     */
    public static Optional<ReportRenderer> forFormat(String format) {
        Objects.requireNonNull(format, "format");
        String key = format.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(r -> key(r).equals(key)).findFirst();
    }

    private static String key(ReportRenderer r) {
        return r.format().toLowerCase(Locale.ROOT);
    }

    /** Loads and checks the renderers once. */
    static final class Registry {
        static final Registry INSTANCE = load(ServiceLoader.load(ReportRenderer.class,
                ReportRenderers.class.getClassLoader()));

        private final List<ReportRenderer> renderers;
        private final String error;

        private Registry(List<ReportRenderer> renderers, String error) {
            this.renderers = renderers;
            this.error = error;
        }

        static Registry load(Iterable<ReportRenderer> found) {
            Map<String, ReportRenderer> byFormat = new LinkedHashMap<>();
            List<String> duplicates = new ArrayList<>();
            for (ReportRenderer r : found) {
                ReportRenderer previous = byFormat.putIfAbsent(key(r), r);
                if (previous != null) {
                    duplicates.add("format '" + key(r) + "' is claimed by both " + previous.getClass().getName()
                            + " and " + r.getClass().getName());
                }
            }
            List<ReportRenderer> sorted = byFormat.values().stream()
                    .sorted(Comparator.comparing(ReportRenderers::key)).toList();
            return new Registry(sorted, duplicates.isEmpty() ? null : String.join("; ", duplicates));
        }

        List<ReportRenderer> get() {
            if (error != null) {
                throw new IllegalStateException("duplicate renderers on the class path: " + error);
            }
            return renderers;
        }
    }
}
