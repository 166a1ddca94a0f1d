package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.catalog.Section;
import io.github.ogireport.model.ExtraContent;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** The mutable state of one recognition: diagnostics and extras in source order. One per call, never shared. */
final class Session {

    final List<Diagnostic> diagnostics = new ArrayList<>();
    final List<ExtraContent> extras = new ArrayList<>();

    void report(Code code, SourceLocation location, Object... params) {
        diagnostics.add(code.at(location, params));
    }

    void extraText(Section after, String heading, List<String> paragraphs) {
        extras.add(ExtraContent.text(after, heading, paragraphs));
    }

    void extraRows(Section after, String heading, List<List<String>> rows) {
        extras.add(ExtraContent.table(after, heading, rows));
    }

    static List<String> texts(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(t.text());
        }
        return out;
    }
}
