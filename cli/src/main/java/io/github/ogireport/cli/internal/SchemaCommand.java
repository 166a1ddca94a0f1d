package io.github.ogireport.cli.internal;

import io.github.ogireport.json.ReportJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ogi schema}: prints the JSON Schema of the canonical JSON of a report. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema (draft 2020-12) of the canonical JSON of a report.")
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    /** Used by picocli. */
    public SchemaCommand() {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema = schemaText();
        out.print(schema);
        if (!schema.endsWith("\n")) {
            out.println();
        }
        out.flush();
        return 0;
    }

    private static String schemaText() {
        return ReportJson.schema();
    }
}
