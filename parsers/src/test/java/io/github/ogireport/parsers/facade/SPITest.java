package io.github.ogireport.parsers.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.ReportReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * This module's {@code META-INF/services} file: every listed class exists, is a public {@link ReportReader} with a
 * public no-argument constructor, and the format names are unique and lower case; {@link ServiceLoader} loads them
 * all.
 */
class SPITest {

    private static List<String> listed() {
        return ServiceFile.classNames(ReportReader.class, "/parsers/target/classes/");
    }

    @Test
    void everyListedReaderInstantiatesWithUniqueLowerCaseFormatNames() throws Exception {
        List<String> names = listed();
        assertFalse(names.isEmpty(), "the services file of the parsers module is on the class path");
        assertEquals(names.size(), new HashSet<>(names).size(), "no class listed twice: " + names);
        Set<String> formats = new HashSet<>();
        for (String name : names) {
            Class<?> type = Class.forName(name);
            assertTrue(ReportReader.class.isAssignableFrom(type), name + " is a ReportReader");
            ReportReader reader = (ReportReader) type.getConstructor().newInstance();
            String format = reader.format();
            assertEquals(format.toLowerCase(Locale.ROOT), format);
            assertTrue(formats.add(format), "format name " + format + " is unique");
            assertFalse(reader.fileExtensions().isEmpty(), format + " lists its file extensions");
            reader.fileExtensions().forEach(e -> assertEquals(e.toLowerCase(Locale.ROOT), e));
        }
    }

    @Test
    void serviceLoaderLoadsEveryListedReader() {
        Set<String> loaded = new HashSet<>();
        ServiceLoader.load(ReportReader.class).forEach(r -> loaded.add(r.getClass().getName()));
        assertTrue(loaded.containsAll(listed()), "loaded " + loaded + ", listed " + listed());
    }
}
