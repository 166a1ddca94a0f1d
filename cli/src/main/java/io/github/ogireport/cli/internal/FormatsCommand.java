package io.github.ogireport.cli.internal;

import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.renderers.ReportRenderers;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ogi formats}: the readers and writers on the class path. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List the formats ogi can read (with their file extensions) and write.")
public final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    /** Used by picocli. */
    public FormatsCommand() {
    }

    @Override
    public Integer call() {
        Messages m = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("formats.readers"));
        for (ReportReader r : ReportParsers.readers()) {
            out.println(String.format("  %-10s %s", r.format(),
                    r.fileExtensions().stream().sorted().map(e -> "." + e).collect(Collectors.joining(" "))));
        }
        out.println(m.get("formats.writers"));
        for (ReportRenderer r : ReportRenderers.all()) {
            out.println(String.format("  %-10s .%-6s %s", r.format(), r.fileExtension(), r.mediaType()));
        }
        out.flush();
        return 0;
    }
}
