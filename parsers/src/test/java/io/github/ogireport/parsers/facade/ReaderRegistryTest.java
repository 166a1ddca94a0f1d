package io.github.ogireport.parsers.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.doc.Document;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.parsers.internal.detect.ReaderRegistry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry sorts readers by format name, finds them case-insensitively and refuses duplicate names. */
class ReaderRegistryTest {

    @Test
    void twoReadersWithTheSameFormatNameAreRefusedNamingBoth() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ReaderRegistry(List.of(new Fake("html"), new OtherFake("html"))));
        assertTrue(e.getMessage().contains("'html'"), e.getMessage());
        assertTrue(e.getMessage().contains(Fake.class.getName()), e.getMessage());
        assertTrue(e.getMessage().contains(OtherFake.class.getName()), e.getMessage());
    }

    @Test
    void formatNamesMustBeLowerCase() {
        assertThrows(IllegalStateException.class, () -> new ReaderRegistry(List.of(new Fake("HTML"))));
        assertThrows(IllegalStateException.class, () -> new ReaderRegistry(List.of(new Fake(" "))));
    }

    @Test
    void readersAreSortedByFormatNameWhateverTheDiscoveryOrder() {
        ReaderRegistry r = new ReaderRegistry(List.of(new Fake("text"), new Fake("html"), new Fake("json")));
        assertEquals(List.of("html", "json", "text"), r.readers().stream().map(ReportReader::format).toList());
        assertEquals("json", r.reader("JSON").orElseThrow().format());
        assertTrue(r.reader("pdf").isEmpty());
        assertTrue(r.reader(null).isEmpty());
    }

    @Test
    void theFacadeListsTheServiceLoaderReadersSortedAndUnique() {
        List<String> formats = ReportParsers.readers().stream().map(ReportReader::format).toList();
        assertTrue(formats.containsAll(List.of("json", "markdown")), formats.toString());
        assertEquals(formats.stream().sorted().distinct().toList(), formats);
        assertEquals("markdown", ReportParsers.reader("Markdown").orElseThrow().format());
        assertTrue(ReportParsers.reader("no-such-format").isEmpty());
    }

    static class Fake implements ReportReader {
        private final String format;

        Fake(String format) {
            this.format = format;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public Set<String> fileExtensions() {
            return Set.of();
        }

        @Override
        public int detect(byte[] head, String fileName) {
            return 0;
        }

        @Override
        public Output read(byte[] content, ReaderOptions options) {
            return new DocumentOutput(new Document(List.of()), List.of());
        }
    }

    static final class OtherFake extends Fake {
        OtherFake(String format) {
            super(format);
        }
    }
}
