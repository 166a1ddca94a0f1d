package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The services file of this module loads, names the five renderers once each, and the registry behaves. */
class SPITest {

    @Test
    void servicesFileListsLoadableRenderers() throws Exception {
        try (InputStream in = SPITest.class.getResourceAsStream(
                "/META-INF/services/" + ReportRenderer.class.getName())) {
            assertNotNull(in, "services file missing");
            List<String> names = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            assertEquals(5, names.size(), names.toString());
            for (String n : names) {
                Class<?> c = Class.forName(n);
                assertTrue(ReportRenderer.class.isAssignableFrom(c), n);
                assertNotNull(c.getConstructor().newInstance());
            }
        }
    }

    @Test
    void theFiveFormatsArePresentUniqueAndSorted() {
        List<String> formats = ReportRenderers.all().stream().map(ReportRenderer::format).toList();
        assertEquals(List.of("csv", "html", "json", "markdown", "text"), formats);
        assertEquals(formats.size(), new HashSet<>(formats).size());
        assertEquals(ServiceLoader.load(ReportRenderer.class).stream().count(), formats.size());
    }

    @Test
    void lookupIsCaseInsensitive() {
        assertEquals("html", ReportRenderers.forFormat("HTML").orElseThrow().format());
        assertEquals("markdown", ReportRenderers.forFormat(" Markdown ").orElseThrow().format());
        assertFalse(ReportRenderers.forFormat("pdf").isPresent());
        assertThrows(NullPointerException.class, () -> ReportRenderers.forFormat(null));
        assertSame(ReportRenderers.all(), ReportRenderers.all());
    }

    @Test
    void everyRendererStatesExtensionAndMediaType() {
        Set<String> extensions = new HashSet<>();
        for (ReportRenderer r : ReportRenderers.all()) {
            assertFalse(r.fileExtension().isEmpty() || r.fileExtension().startsWith("."), r.format());
            assertTrue(extensions.add(r.fileExtension()), r.format());
            assertTrue(r.mediaType().contains("/"), r.format());
        }
    }

    @Test
    void duplicateFormatNamesAreRefused() {
        ReportRenderers.Registry registry = ReportRenderers.Registry.load(List.of(
                new Named("csv"), new Named("json"), new Named("CSV")));
        IllegalStateException e = assertThrows(IllegalStateException.class, registry::get);
        assertTrue(e.getMessage().contains("'csv'"), e.getMessage());
        assertEquals(List.of("a", "b"), ReportRenderers.Registry.load(List.of(new Named("b"), new Named("a")))
                .get().stream().map(ReportRenderer::format).toList());
    }

    /** A renderer that only has a name. */
    private record Named(String format) implements ReportRenderer {
        @Override
        public String fileExtension() {
            return format;
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public void render(AnnualReport report, RenderOptions options, OutputStream out) {
            throw new UnsupportedOperationException();
        }
    }
}
