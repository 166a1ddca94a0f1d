package io.github.ogireport.parsers.internal.detect;

import io.github.ogireport.parse.ReportReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The readers, sorted by format name, with unique format names. Immutable and thread-safe.
 */
public final class ReaderRegistry {

    private static final System.Logger LOG = System.getLogger(ReaderRegistry.class.getName());

    private final List<ReportReader> readers;
    private final Map<String, ReportReader> byFormat;

    /**
     * A registry of the given readers.
     *
     * @throws IllegalStateException if two readers have the same format name, or a format name is blank or not
     *                               lower case
     */
    public ReaderRegistry(Iterable<? extends ReportReader> readers) {
        List<ReportReader> list = new ArrayList<>();
        readers.forEach(list::add);
        list.sort(Comparator.comparing(ReportReader::format).thenComparing(r -> r.getClass().getName()));
        Map<String, ReportReader> map = new LinkedHashMap<>();
        for (ReportReader r : list) {
            String f = r.format();
            if (f == null || f.isBlank() || !f.equals(f.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("reader " + r.getClass().getName()
                        + " has an invalid format name '" + f + "' (must be non-blank lower case)");
            }
            ReportReader previous = map.putIfAbsent(f, r);
            if (previous != null) {
                throw new IllegalStateException("two readers claim the format name '" + f + "': "
                        + previous.getClass().getName() + " and " + r.getClass().getName()
                        + "; remove one of them from the class path");
            }
        }
        this.readers = List.copyOf(list);
        this.byFormat = Map.copyOf(map);
    }

    /**
     * The readers {@link ServiceLoader} finds with a class loader. A listed class that cannot be loaded or
     * instantiated is skipped and logged as a warning, so one broken jar does not disable every format.
     */
    public static ReaderRegistry load(ClassLoader loader) {
        List<ReportReader> found = new ArrayList<>();
        Iterator<ReportReader> it = ServiceLoader.load(ReportReader.class, loader).iterator();
        int failures = 0;
        while (failures < 100) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError e) {
                failures++;
                LOG.log(System.Logger.Level.WARNING, "skipping a report reader that cannot be loaded: {0}",
                        e.getMessage());
            }
        }
        return new ReaderRegistry(found);
    }

    /** The readers, sorted by format name. */
    public List<ReportReader> readers() {
        return readers;
    }

    /** The reader of a format name (case-insensitive). */
    public Optional<ReportReader> reader(String format) {
        return format == null ? Optional.empty()
                : Optional.ofNullable(byFormat.get(format.strip().toLowerCase(Locale.ROOT)));
    }
}
