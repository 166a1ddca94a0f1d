package io.github.ogireport.cli.internal;

import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.renderers.ReportRenderers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ogi convert}: reads files in any format and writes them with a renderer. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert reports to another format (see `ogi formats`).",
                "One input: written to OUT (a file, or a folder) or to standard output. Several inputs: OUT is a "
                        + "folder; each output is named after its input with the format's extension."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file converted", "2:some file could not be read or written, or a usage error"})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The output format.")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file or folder.")
    Path output;

    @Option(names = "--fragment", description = "HTML: only the report's markup, not a whole page.")
    boolean fragment;

    @Option(names = "--compact", description = "JSON: one line instead of indented output.")
    boolean compact;

    @Option(names = "--bom", description = "CSV and text: start with a UTF-8 byte order mark.")
    boolean bom;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The reports to convert.")
    List<Path> files;

    /** Used by picocli. */
    public ConvertCommand() {
    }

    @Override
    public Integer call() throws IOException {
        Messages m = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportRenderer renderer = ReportRenderers.forFormat(to).orElseThrow(() -> new CliFailure(
                m.get("error.unknownFormat", to, ReportRenderers.all().stream().map(ReportRenderer::format)
                        .collect(Collectors.joining(", ")))));
        RenderOptions options = RenderOptions.DEFAULT.withPretty(!compact).withFragment(fragment).withBom(bom);
        boolean toFolder = files.size() > 1 || (output != null && Files.isDirectory(output));
        if (files.size() > 1 && output == null) {
            throw new CliFailure(m.get("error.outputFolderNeeded"));
        }
        if (toFolder) {
            Files.createDirectories(output);
        }
        int status = 0;
        Map<Path, Path> written = new HashMap<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                ParseResult r = Reading.read(file, m, err);
                bytes = renderer.render(r.report(), options);
            } catch (CliFailure e) {
                err.println("ogi: " + e.getMessage());
                status = 2;
                continue;
            } catch (RuntimeException e) {
                err.println("ogi: " + file + ": " + Failures.reason(e, m.locale()));
                status = 2;
                continue;
            }
            if (output == null) {
                out.print(new String(bytes, StandardCharsets.UTF_8));
                out.flush();
                continue;
            }
            Path target = toFolder ? output.resolve(baseName(file) + "." + renderer.fileExtension()) : output;
            Path previous = written.putIfAbsent(target.toAbsolutePath().normalize(), file);
            if (previous != null) {
                err.println("ogi: " + m.get("error.outputClash", file, previous, target));
                status = 2;
                continue;
            }
            try {
                Files.write(target, bytes);
            } catch (IOException e) {
                err.println("ogi: " + target + ": " + Failures.reason(e, m.locale()));
                status = 2;
            }
        }
        return status;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
