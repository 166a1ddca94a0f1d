package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository README shows {@link SubstantiveDisclosureRateProperties} verbatim: the snippet cannot rot. */
class ReadmeShowsThePropertyTest {

    @Test
    void readmeHoldsTheCompiledPropertyClass() throws IOException {
        String source = Files.readString(
                Path.of("src/test/java/io/github/ogireport/examples/SubstantiveDisclosureRateProperties.java"),
                StandardCharsets.UTF_8);
        String classBody = source.substring(source.indexOf("class SubstantiveDisclosureRateProperties")).strip();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```java\n" + classBody + "\n```"),
                "README.md must show SubstantiveDisclosureRateProperties exactly as compiled:\n" + classBody);
    }
}
