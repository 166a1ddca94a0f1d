package io.github.ogireport.examples;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.renderers.ReportRenderers;
import java.nio.file.Files;
import java.nio.file.Path;

/** Convert a report extracted as plain text into the official HTML layout (a self-contained page). */
public final class TextToOfficialHtml {

    private TextToOfficialHtml() {
    }

    /** @param args the text report, then the HTML file to write */
    public static void main(String[] args) throws Exception {
        AnnualReport report = ReportParsers.read(Path.of(args[0]), ReaderOptions.DEFAULT).report();
        ReportRenderer html = ReportRenderers.forFormat("html").orElseThrow();
        Path out = Path.of(args[1]);
        Files.write(out, html.render(report, RenderOptions.DEFAULT));
        System.out.println("wrote " + out + " (" + html.mediaType() + ")");
    }
}
