package io.github.ogireport.cli;

import io.github.ogireport.cli.internal.ConvertCommand;
import io.github.ogireport.cli.internal.DiffCommand;
import io.github.ogireport.cli.internal.Failures;
import io.github.ogireport.cli.internal.FormatsCommand;
import io.github.ogireport.cli.internal.SchemaCommand;
import io.github.ogireport.cli.internal.ValidateCommand;
import io.github.ogireport.cli.internal.VersionProvider;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code ogi} command: {@code validate}, {@code convert}, {@code diff}, {@code schema}, {@code formats}.
 *
 * <p>Exit status: 0 success (every file read and valid); 1 some report breaks a hard rule (an error finding);
 * 2 some file could not be read or parsed, or the command line was wrong.
 *
 * <p>To run it in-process (tests, embedding), build the command line with {@link #commandLine(PrintWriter,
 * PrintWriter)} and call {@link CommandLine#execute(String...)}.
 */
@Command(name = "ogi", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "政府信息公开工作年度报告 — validate, convert and compare annual reports on open government "
                + "information.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, DiffCommand.class, SchemaCommand.class,
                FormatsCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file read and valid", "1:some report breaks a hard rule",
                "2:some file could not be read or parsed, or a usage error"})
public final class Ogi implements Callable<Integer> {

    /** Exit status: every file read and valid. */
    public static final int OK = 0;
    /** Exit status: some report has an error finding. */
    public static final int INVALID = 1;
    /** Exit status: some file could not be read, or a usage error. */
    public static final int FAILURE = 2;

    /** Held so that the level set in {@link #main} stays (JUL keeps loggers weakly). */
    private static final java.util.logging.Logger HIBERNATE_LOG =
            java.util.logging.Logger.getLogger("org.hibernate.validator");

    @Spec
    private CommandSpec spec;

    /** Used by picocli. */
    public Ogi() {
    }

    /** Without a subcommand: the usage on stderr and a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return FAILURE;
    }

    /**
     * A configured command line writing to the given streams: case-insensitive enum values, usage errors exit with
     * 2, failures are one line on {@code err} (with the stack trace only under {@code --debug}) and exit with 2.
     *
     * @param out standard output
     * @param err standard error
     * @return the command line
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Ogi());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Failures::handle);
        return cl;
    }

    /**
     * Runs the command with UTF-8 standard output and error and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version at INFO on stderr; a command line keeps stderr for problems
        HIBERNATE_LOG.setLevel(java.util.logging.Level.WARNING);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int status = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
