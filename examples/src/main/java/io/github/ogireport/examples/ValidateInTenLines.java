package io.github.ogireport.examples;

import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.nio.file.Path;

/**
 * Validate a report from Java in ten lines: read any supported file, check every accounting rule, print the result.
 *
 * <pre>{@code java ... io.github.ogireport.examples.ValidateInTenLines report.txt}</pre>
 */
public final class ValidateInTenLines {

    private ValidateInTenLines() {
    }

    /** @param args the report file */
    public static void main(String[] args) throws Exception {
        AnnualReport report = ReportParsers.read(Path.of(args[0])).report();
        try (ReportValidator validator = ReportValidator.create()) {
            ValidationReport result = validator.validate(report);
            System.out.println(report.metadata().agency().orElse("?") + " " + report.metadata().reportYear()
                    .map(String::valueOf).orElse("?") + ": " + (result.isValid() ? "valid" : "invalid"));
            result.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.path() + " " + f.message()));
        }
    }
}
