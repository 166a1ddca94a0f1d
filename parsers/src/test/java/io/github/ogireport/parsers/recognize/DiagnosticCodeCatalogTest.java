package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parsers.internal.recognize.Code;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every diagnostic code has an upper-snake name and messages in both languages; parameters are never templates. */
class DiagnosticCodeCatalogTest {

    @Test
    void everyCodeIsUpperSnakeWithBothMessages() {
        Set<String> zh = new HashSet<>();
        for (Code c : Code.values()) {
            assertTrue(c.name().matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"), c.name());
            assertFalse(c.templateZh().isBlank(), c.name());
            assertFalse(c.templateEn().isBlank(), c.name());
            assertTrue(zh.add(c.templateZh()), "duplicate message " + c.name());
        }
    }

    @Test
    void parametersAreSubstitutedOnceAndNeverInterpreted() {
        Diagnostic d = Code.LABEL_FUZZY_MATCH.at(SourceLocation.text(3, 4), "{1}", "自然人");
        assertEquals("source text \"{1}\" matched to the template label \"自然人\" by similarity", d.messageEn());
        assertEquals("LABEL_FUZZY_MATCH", d.code());
        assertEquals(3, d.location().line());
    }
}
