package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import io.github.ogireport.renderers.ReportRenderers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogi convert} to every renderer: the bytes the renderer gives for the report the parsers read. */
class ConvertToEachFormatTest {

    @TempDir
    Path tmp;

    @Test
    void everyFormatToStandardOutputIsWhatTheRendererWrites() throws Exception {
        Path sample = Cli.copySamples(tmp.resolve("in")).get(1);
        AnnualReport report = ReportParsers.read(sample, ReaderOptions.DEFAULT).report();
        List<ReportRenderer> renderers = ReportRenderers.all();
        assertFalse(renderers.isEmpty());
        for (ReportRenderer renderer : renderers) {
            Cli.Result r = Cli.run("convert", "--to", renderer.format(), sample.toString());
            assertEquals(0, r.status(), () -> renderer.format() + "\n" + r);
            String expected = new String(renderer.render(report, RenderOptions.DEFAULT), StandardCharsets.UTF_8);
            assertEquals(expected, r.out(), renderer.format());
        }
    }

    @Test
    void jsonOutputReadsBackToTheSameReport() throws Exception {
        Path sample = Cli.copySamples(tmp.resolve("in")).get(4);
        Path out = tmp.resolve("004.json");

        Cli.Result r = Cli.run("convert", "--to", "json", "-o", out.toString(), sample.toString());

        assertEquals(0, r.status(), r::toString);
        AnnualReport read = ReportParsers.read(sample, ReaderOptions.DEFAULT).report();
        assertEquals(read, ReportJson.get().readReport(Files.readString(out)));
    }

    @Test
    void severalInputsGoToAFolderNamedAfterTheInputs() throws Exception {
        List<Path> samples = Cli.copySamples(tmp.resolve("in"));
        Path outDir = tmp.resolve("out");
        String[] args = new String[4 + samples.size()];
        args[0] = "convert";
        args[1] = "--to=html";
        args[2] = "-o";
        args[3] = outDir.toString();
        for (int i = 0; i < samples.size(); i++) {
            args[4 + i] = samples.get(i).toString();
        }

        Cli.Result r = Cli.run(args);

        assertEquals(0, r.status(), r::toString);
        for (String s : Cli.SAMPLES) {
            Path html = outDir.resolve(s.replace(".txt", ".html"));
            assertTrue(Files.isRegularFile(html), html::toString);
            assertTrue(Files.readString(html).contains("<table"), html::toString);
        }
    }

    @Test
    void unknownFormatIsOneLineAndExitTwo() throws Exception {
        Path sample = Cli.copySamples(tmp.resolve("in")).get(0);

        Cli.Result r = Cli.run("convert", "--to", "pdf", sample.toString());

        assertEquals(2, r.status(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().contains("pdf"), r::toString);
        assertTrue(r.err().contains("html"), "lists the formats available: " + r);
    }

    @Test
    void unreadableInputIsOneLineAndExitTwo() throws Exception {
        Path junk = tmp.resolve("junk.txt");
        Files.writeString(junk, "nothing here");

        Cli.Result r = Cli.run("convert", "--to", "json", junk.toString());

        assertEquals(2, r.status(), r::toString);
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("ogi: " + junk), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
    }
}
