package io.github.ogireport.parsers.facade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The class names listed in the {@code META-INF/services} files of a service on the test class path. */
final class ServiceFile {

    private ServiceFile() {
    }

    /** Every listed class name, from the files whose URL contains {@code marker}, comments and blanks dropped. */
    static List<String> classNames(Class<?> service, String marker) {
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(ServiceFile.class.getClassLoader()
                    .getResources("META-INF/services/" + service.getName()))) {
                if (!url.toString().contains(marker)) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
