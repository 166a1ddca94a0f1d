package io.github.ogireport.parsers.badinput;

import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.doc.Document;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * A broken reader, registered on the test class path only (format {@code test-exploding}, chosen only by that
 * explicit hint), that fails in the way its content names: {@code overflow}, {@code npe}, {@code hang},
 * {@code null}, {@code empty-document}.
 */
public final class ExplodingReader implements ReportReader {

    @Override
    public String format() {
        return "test-exploding";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("test-exploding");
    }

    @Override
    public int detect(byte[] head, String fileName) {
        return 0;
    }

    @Override
    public Output read(byte[] content, ReaderOptions options) {
        String how = new String(content, StandardCharsets.UTF_8).strip();
        switch (how) {
            case "overflow":
                return recurse(0);
            case "npe":
                Object nothing = null;
                return new DocumentOutput(new Document(List.of()), List.of(nothing.toString()).isEmpty()
                        ? List.of() : List.of());
            case "hang":
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.onSpinWait();
                }
                return null;
            case "null":
                return null;
            default:
                return new DocumentOutput(new Document(List.of()), List.of());
        }
    }

    private static Output recurse(int depth) {
        return depth < 0 ? null : recurse(depth + 1);
    }
}
