package io.github.ogireport.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parsers.ReportParsers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * This module's {@code META-INF/services} file loads: every listed class instantiates, the format names are unique
 * (also together with the parsers module's readers), and the facade finds the HTML reader.
 */
class SPITest {

    private static List<String> listed() throws IOException {
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(SPITest.class.getClassLoader()
                .getResources("META-INF/services/" + ReportReader.class.getName()))) {
            if (!url.toString().contains("/parsers-html/target/classes/")) {
                continue;
            }
            try (InputStream in = url.openStream()) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String name = line.replaceAll("#.*", "").strip();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    @Test
    void everyListedReaderInstantiates() throws Exception {
        List<String> names = listed();
        assertEquals(List.of(HtmlReader.class.getName()), names);
        for (String name : names) {
            ReportReader r = (ReportReader) Class.forName(name).getConstructor().newInstance();
            assertEquals(r.format().toLowerCase(Locale.ROOT), r.format());
            assertFalse(r.fileExtensions().isEmpty());
        }
    }

    @Test
    void formatNamesAreUniqueAcrossModulesAndTheFacadeFindsHtml() {
        Set<String> formats = new HashSet<>();
        for (ReportReader r : ReportParsers.readers()) {
            assertTrue(formats.add(r.format()), "unique: " + r.format());
        }
        assertInstanceOf(HtmlReader.class, ReportParsers.reader("html").orElseThrow());
        assertEquals(Set.of("html", "htm", "xhtml", "shtml"), new HtmlReader().fileExtensions());
    }
}
