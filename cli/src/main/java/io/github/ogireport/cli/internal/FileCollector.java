package io.github.ogireport.cli.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the files to process: a file named on the command line is taken whatever its extension; a folder is walked
 * recursively, skipping hidden files and folders (name starting with {@code .}) and taking only regular files with
 * an extension some reader takes. The result is sorted by path and free of duplicates (a file both named and found
 * counts as named).
 */
public final class FileCollector {

    /**
     * A file to process, or a path that could not be listed.
     *
     * @param path    the path as given or found
     * @param problem why it cannot be processed, or null
     * @param named   whether the path was named on the command line (rather than found in a folder)
     */
    public record Entry(Path path, String problem, boolean named) {
    }

    private final Set<String> extensions;
    private final Messages messages;

    /**
     * @param extensions the extensions taken from folders, lower case without the dot
     * @param messages   for the problems
     */
    public FileCollector(Set<String> extensions, Messages messages) {
        this.extensions = Set.copyOf(extensions);
        this.messages = messages;
    }

    /** The files under the given paths, sorted by path. */
    public List<Entry> collect(List<Path> roots) {
        Map<String, Entry> found = new TreeMap<>();
        for (Path root : roots) {
            Path p = root.normalize().toString().isEmpty() ? root : root.normalize();
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
                found.put(p.toString(), new Entry(p, messages.get("error.noSuchFile", p), true));
            } else if (Files.isDirectory(p)) {
                walk(p, found);
            } else {
                found.put(p.toString(), new Entry(p, null, true));
            }
        }
        return new ArrayList<>(new LinkedHashMap<>(found).values());
    }

    private void walk(Path root, Map<String, Entry> found) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file) && extensions.contains(extension(file))) {
                        found.putIfAbsent(file.toString(), new Entry(file, null, false));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    found.put(file.toString(), new Entry(file, Failures.reason(exc, messages.locale()), false));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.put(root.toString(), new Entry(root, Failures.reason(e, messages.locale()), true));
        }
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** The extension of a file name, lower case, without the dot; empty if none. */
    public static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot <= 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
