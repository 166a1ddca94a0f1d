package io.github.ogireport.examples;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Read any file (text, Markdown, HTML, canonical JSON — the format is detected) and print, in English, what the
 * reader noticed and what the validator found.
 */
public final class PrintFindingsInEnglish {

    private PrintFindingsInEnglish() {
    }

    /** @param args one or more report files */
    public static void main(String[] args) throws IOException {
        try (ReportValidator validator = ReportValidator.create()) {
            for (String arg : args) {
                ParseResult parsed;
                try {
                    parsed = ReportParsers.read(Path.of(arg), ReaderOptions.DEFAULT);
                } catch (ReportParseException e) {
                    // not a report at all: every problem is listed, each with a location
                    System.out.println(arg + ": cannot be read");
                    e.diagnostics().forEach(d -> System.out.println("  " + d.code() + " at " + d.location()
                            + ": " + d.message(Locale.ENGLISH)));
                    continue;
                }
                ValidationReport result = validator.validate(parsed.report());
                System.out.println(arg + " (" + parsed.format() + "): " + result.findings().size() + " finding(s), "
                        + parsed.diagnostics().size() + " diagnostic(s)");
                for (Diagnostic d : parsed.diagnostics()) {
                    System.out.println("  " + d.severity() + " " + d.code() + " at " + d.location() + ": "
                            + d.messageEn());
                }
                for (Finding f : result.findings()) {
                    System.out.println("  " + f.severity() + " " + f.ruleId() + " "
                            + f.cellLabelEn().orElse(f.path()) + ": " + f.messageEn()
                            + f.expected().map(e -> " (expected " + e + ", actual "
                                    + f.actual().orElse("?") + ")").orElse(""));
                }
            }
        }
    }
}
