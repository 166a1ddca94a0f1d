package io.github.ogireport.cli.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.validation.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON output of {@code ogi validate --format json}: one document, every field always present (null when
 * unknown), in a fixed order. Documented field by field in {@code cli/README.md}.
 */
final class ValidationJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private ValidationJson() {
    }

    static String write(List<FileOutcome> outcomes, ValidateCommand.Summary summary) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("tool", "ogi-report");
            g.writeStringField("version", VersionProvider.version());
            g.writeArrayFieldStart("files");
            for (FileOutcome o : outcomes) {
                file(g, o);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", summary.files());
            g.writeNumberField("valid", summary.valid());
            g.writeNumberField("withErrors", summary.withErrors());
            g.writeNumberField("unreadable", summary.unreadable());
            g.writeNumberField("skipped", summary.skipped());
            g.writeObjectFieldStart("findingsByRule");
            for (Map.Entry<String, Long> e : summary.findingsByRule().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("exitCode", summary.exitCode());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString() + "\n";
    }

    private static void file(JsonGenerator g, FileOutcome o) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", o.path().toString());
        g.writeStringField("status", o.status().name().toLowerCase(Locale.ROOT));
        string(g, "format", o.format());
        string(g, "agency", o.agency());
        if (o.year().isPresent()) {
            g.writeNumberField("year", o.year().get());
        } else {
            g.writeNullField("year");
        }
        string(g, "edition", o.edition());
        if (o.error().isPresent()) {
            g.writeObjectFieldStart("error");
            g.writeStringField("message", o.error().get());
            g.writeStringField("messageEn", o.errorEn().orElse(o.error().get()));
            g.writeEndObject();
        } else {
            g.writeNullField("error");
        }
        g.writeArrayFieldStart("diagnostics");
        for (Diagnostic d : o.diagnostics()) {
            g.writeStartObject();
            g.writeStringField("code", d.code());
            g.writeStringField("severity", d.severity().name());
            SourceLocation l = d.location();
            g.writeObjectFieldStart("location");
            g.writeNumberField("line", l.line());
            g.writeNumberField("column", l.column());
            g.writeNumberField("table", l.table());
            g.writeNumberField("row", l.row());
            g.writeNumberField("cell", l.cell());
            g.writeEndObject();
            g.writeStringField("message", d.message());
            g.writeStringField("messageEn", d.messageEn());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : o.findings()) {
            g.writeStartObject();
            g.writeStringField("ruleId", f.ruleId());
            g.writeStringField("severity", f.severity().name());
            g.writeStringField("path", f.path());
            string(g, "cellLabel", f.cellLabel());
            string(g, "cellLabelEn", f.cellLabelEn());
            string(g, "expected", f.expected());
            string(g, "actual", f.actual());
            g.writeStringField("message", f.message());
            g.writeStringField("messageEn", f.messageEn());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, String name, Optional<String> v) throws IOException {
        if (v.isPresent()) {
            g.writeStringField(name, v.get());
        } else {
            g.writeNullField(name);
        }
    }
}
