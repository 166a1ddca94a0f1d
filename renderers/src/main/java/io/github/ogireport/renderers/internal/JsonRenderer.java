package io.github.ogireport.renderers.internal;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes the canonical JSON of {@link ReportJson}: pretty (two-space indent, ending with a newline) by default, one
 * line when {@link RenderOptions#pretty()} is false. Stateless and thread-safe.
 */
public final class JsonRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public void render(AnnualReport report, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        String json = options.pretty() ? ReportJson.get().toJson(report) : ReportJson.get().toCompactJson(report);
        out.write(json.getBytes(StandardCharsets.UTF_8));
    }
}
