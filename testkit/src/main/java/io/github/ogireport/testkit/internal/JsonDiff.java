package io.github.ogireport.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.json.ReportJson;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The first difference between the canonical JSON of two objects, as a JSON Pointer. Stateless. */
public final class JsonDiff {

    private static final ObjectMapper MAPPER = ReportJson.get().mapper();

    private JsonDiff() {
    }

    /**
     * A difference.
     *
     * @param pointer  JSON Pointer of the first differing value, in document order
     * @param expected the expected value as JSON text, or {@code (absent)}
     * @param actual   the actual value as JSON text, or {@code (absent)}
     */
    public record Difference(String pointer, String expected, String actual) {
        @Override
        public String toString() {
            return "at " + (pointer.isEmpty() ? "(root)" : pointer) + ": expected " + expected + " but was " + actual;
        }
    }

    /** The first difference of the canonical JSON of two objects, or empty if their JSON is the same. */
    public static Optional<Difference> first(Object expected, Object actual) {
        return first(tree(expected), tree(actual), "");
    }

    private static JsonNode tree(Object o) {
        try {
            return MAPPER.readTree(ReportJson.get().toJson(o));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical JSON did not parse", e);
        }
    }

    private static Optional<Difference> first(JsonNode e, JsonNode a, String pointer) {
        if (e == null || a == null) {
            return e == a ? Optional.empty() : Optional.of(new Difference(pointer, text(e), text(a)));
        }
        if (e.isObject() && a.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            e.fieldNames().forEachRemaining(names::add);
            a.fieldNames().forEachRemaining(names::add);
            for (String n : names) {
                Optional<Difference> d = first(e.get(n), a.get(n), pointer + "/" + escape(n));
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (e.isArray() && a.isArray()) {
            List<JsonNode> ea = list(e.elements());
            List<JsonNode> aa = list(a.elements());
            for (int i = 0; i < Math.max(ea.size(), aa.size()); i++) {
                Optional<Difference> d = first(i < ea.size() ? ea.get(i) : null, i < aa.size() ? aa.get(i) : null,
                        pointer + "/" + i);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        // numbers compare by their text, so that 1 and 1.0 differ as the model's cells do
        if (e.getNodeType() == a.getNodeType() && e.toString().equals(a.toString())) {
            return Optional.empty();
        }
        return Optional.of(new Difference(pointer, text(e), text(a)));
    }

    private static List<JsonNode> list(Iterator<JsonNode> it) {
        List<JsonNode> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return "(absent)";
        }
        String s = n.toString();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
