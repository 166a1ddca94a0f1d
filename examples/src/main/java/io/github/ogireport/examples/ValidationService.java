package io.github.ogireport.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.json.ReportJsonException;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A service-style validator, as a web endpoint would use it: canonical JSON of a report in, the validation report
 * as JSON out. One instance is shared by every request (the validator is thread-safe); close it on shutdown.
 *
 * <p>The answer is the canonical JSON of {@link ValidationReport} ({@code valid}, {@code findings}); input that is
 * not a report gives {@code {"valid": false, "findings": [], "error": "..."}} instead of an exception.
 */
public final class ValidationService implements AutoCloseable {

    private final ReportValidator validator = ReportValidator.create();
    private final ObjectMapper mapper = ReportJson.get().mapper();

    /** Creates the service and its validator. */
    public ValidationService() {
    }

    /**
     * Validates a report.
     *
     * @param reportJson canonical JSON of a report
     * @return the validation report as JSON
     */
    public String validate(String reportJson) {
        AnnualReport report;
        try {
            report = ReportJson.get().readReport(reportJson);
        } catch (ReportJsonException e) {
            ObjectNode error = mapper.createObjectNode();
            error.put("valid", false);
            error.putArray("findings");
            error.put("error", e.getMessage());
            return ReportJson.get().toJson(error);
        }
        return ReportJson.get().toJson(validator.validate(report));
    }

    @Override
    public void close() {
        validator.close();
    }

    /** @param args a file of canonical JSON */
    public static void main(String[] args) throws IOException {
        try (ValidationService service = new ValidationService()) {
            System.out.print(service.validate(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
        }
    }
}
