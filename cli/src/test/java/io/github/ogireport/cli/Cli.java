package io.github.ogireport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs the {@code ogi} command line in-process with captured output; fixtures from core's test-jar. */
final class Cli {

    /** The five real samples in core's test-jar. */
    static final List<String> SAMPLES = List.of("000_b1267e568fa808f4.txt", "001_fe441c3a43945e41.txt",
            "002_cb9333bd62be4405.txt", "003_dc414174c0363131.txt", "004_97627d600dd8fb72.txt");

    /**
     * What a run gave.
     *
     * @param status the exit status
     * @param out    standard output
     * @param err    standard error
     */
    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Ogi.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    /** A test-jar resource as bytes. */
    static byte[] resource(String name) {
        try (InputStream in = Cli.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the five samples into a folder; returns their paths in name order. */
    static List<Path> copySamples(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String s : SAMPLES) {
            Files.write(dir.resolve(s), resource("/samples/" + s));
        }
        return SAMPLES.stream().map(dir::resolve).toList();
    }
}
