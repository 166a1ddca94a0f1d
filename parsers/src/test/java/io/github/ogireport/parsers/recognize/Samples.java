package io.github.ogireport.parsers.recognize;

import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parsers.internal.recognize.Recognizer;
import io.github.ogireport.parsers.internal.text.TextReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Test helpers: the raw samples and golden files from core's test-jar, read with the text reader. */
public final class Samples {

    private Samples() {
    }

    /** The bytes of a class-path resource. */
    public static byte[] resource(String path) {
        try (InputStream in = Samples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class-path resource as UTF-8 text, if present. */
    public static Optional<String> text(String path) {
        try (InputStream in = Samples.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads bytes as text and recognizes them. */
    public static ParseResult parse(byte[] bytes, ReaderOptions options) {
        ReportReader.Output out = new TextReader().read(bytes, options);
        ReportReader.DocumentOutput doc = (ReportReader.DocumentOutput) out;
        return new Recognizer().recognize(doc.document(), "text", doc.diagnostics(), options);
    }

    /** Reads a text and recognizes it. */
    public static ParseResult parse(String text) {
        return parse(text.getBytes(StandardCharsets.UTF_8), ReaderOptions.DEFAULT);
    }

    /** Reads a raw sample by its number (000–004). */
    public static ParseResult sample(String number) {
        String name = switch (number) {
            case "000" -> "000_b1267e568fa808f4.txt";
            case "001" -> "001_fe441c3a43945e41.txt";
            case "002" -> "002_cb9333bd62be4405.txt";
            case "003" -> "003_dc414174c0363131.txt";
            case "004" -> "004_97627d600dd8fb72.txt";
            default -> throw new IllegalArgumentException(number);
        };
        return parse(resource("/samples/" + name), ReaderOptions.DEFAULT);
    }
}
