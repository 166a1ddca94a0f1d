package io.github.ogireport.json.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRow;
import io.github.ogireport.model.Contact;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Narrative;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Generates the JSON Schema (draft 2020-12) of the canonical JSON of {@link AnnualReport} by reflection over the
 * model: one {@code $defs} entry per record (properties in record-component order, {@code additionalProperties:
 * false}), the sealed {@code Table2} as a {@code oneOf} of its editions told apart by the {@code edition} property,
 * a {@link Cell} as {@code number | null | string}.
 *
 * <p>A property is {@code required} exactly when {@code ReportJson} always writes it: everything it may leave out
 * (optionals, cells, rows, narratives, the contact block, lists, the money unit) is optional. The output is
 * deterministic: {@code $defs} sorted by name, properties in record order, {@code \n} line ends, final newline.
 *
 * <p>Run at build time ({@code exec-maven-plugin}, phase {@code process-classes}) with the output file as argument;
 * {@code ReportJson.schema()} serves the result.
 */
public final class SchemaGenerator {

    /** The {@code $id} of the schema. */
    public static final String SCHEMA_ID = "https://ogi-report.github.io/schema/annual-report.schema.json";

    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> defs = new TreeMap<>();

    private SchemaGenerator() {
    }

    /**
     * Writes the schema to the file named by the first argument, creating its directory.
     *
     * @param args the output file
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SchemaGenerator <output file>");
        }
        Path out = Path.of(args[0]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, generate(), StandardCharsets.UTF_8);
    }

    /** The schema as pretty JSON text (two-space indent, {@code \n} line ends, ending with a newline). */
    public static String generate() {
        SchemaGenerator g = new SchemaGenerator();
        String root = g.define(AnnualReport.class);
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", DRAFT);
        schema.put("$id", SCHEMA_ID);
        schema.put("title", "政府信息公开工作年度报告 (ogi-report canonical JSON)");
        schema.put("description", "The canonical JSON of one annual report on open government information work, "
                + "as io.github.ogireport.json.ReportJson writes it.");
        schema.put("$ref", ref(root));
        ObjectNode d = schema.putObject("$defs");
        g.defs.forEach(d::set);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------ types

    /** The schema of a property of the given (generic) type. */
    private ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return schemaOf(arg);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode n = NODES.objectNode();
                n.put("type", "array");
                n.set("items", schemaOf(arg));
                return n;
            }
            throw new IllegalStateException("unsupported generic type " + type);
        }
        Class<?> c = (Class<?>) type;
        ObjectNode n = NODES.objectNode();
        if (c == Cell.class) {
            return refNode(defineCell());
        }
        if (c == String.class) {
            n.put("type", "string");
        } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) {
            n.put("type", "integer");
        } else if (c == BigDecimal.class) {
            n.put("type", "number");
        } else if (c == Boolean.class || c == boolean.class) {
            n.put("type", "boolean");
        } else if (c == LocalDate.class) {
            n.put("type", "string");
            n.put("format", "date");
        } else if (c.isEnum()) {
            return refNode(defineEnum(c));
        } else if (c.isRecord() || c.isSealed()) {
            return refNode(define(c));
        } else {
            throw new IllegalStateException("unsupported type " + c.getName());
        }
        return n;
    }

    /** Defines a record or a sealed interface and returns its {@code $defs} name. */
    private String define(Class<?> c) {
        String name = defName(c);
        if (defs.containsKey(name)) {
            return name;
        }
        ObjectNode def = NODES.objectNode();
        defs.put(name, def); // placeholder first: the model may refer to a type from inside itself
        if (c.isSealed()) {
            defineSealed(c, def);
        } else {
            defineRecord(c, def, null, null);
        }
        return name;
    }

    private void defineRecord(Class<?> c, ObjectNode def, String discriminator, String discriminatorValue) {
        def.put("type", "object");
        ObjectNode props = def.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        if (discriminator != null) {
            props.putObject(discriminator).put("const", discriminatorValue);
            required.add(discriminator);
        }
        for (RecordComponent rc : c.getRecordComponents()) {
            if (rc.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            props.set(rc.getName(), schemaOf(rc.getGenericType()));
            if (alwaysWritten(rc.getType())) {
                required.add(rc.getName());
            }
        }
        if (!required.isEmpty()) {
            def.set("required", required);
        }
        def.put("additionalProperties", false);
    }

    private void defineSealed(Class<?> c, ObjectNode def) {
        JsonTypeInfo info = c.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes subTypes = c.getAnnotation(JsonSubTypes.class);
        if (info == null || subTypes == null || info.use() != JsonTypeInfo.Id.NAME
                || info.include() != JsonTypeInfo.As.PROPERTY) {
            throw new IllegalStateException(c.getName() + " needs @JsonTypeInfo(NAME, PROPERTY) and @JsonSubTypes");
        }
        List<JsonSubTypes.Type> types = new ArrayList<>(List.of(subTypes.value()));
        types.sort(Comparator.comparing(JsonSubTypes.Type::name));
        ArrayNode oneOf = def.putArray("oneOf");
        for (JsonSubTypes.Type t : types) {
            String name = defName(t.value());
            ObjectNode sub = NODES.objectNode();
            defs.put(name, sub);
            defineRecord(t.value(), sub, info.property(), t.name());
            oneOf.add(refNode(name));
        }
    }

    private String defineCell() {
        String name = "Cell";
        if (!defs.containsKey(name)) {
            ObjectNode def = NODES.objectNode();
            def.put("description", "A table cell: a number, null for a blank cell, or the placeholder written instead "
                    + "of a number (such as \"-\" or \"无\"). A cell the source did not report is left out.");
            ArrayNode types = def.putArray("type");
            types.add("number").add("null").add("string");
            def.put("minLength", 1);
            defs.put(name, def);
        }
        return name;
    }

    private String defineEnum(Class<?> c) {
        String name = defName(c);
        if (!defs.containsKey(name)) {
            ObjectNode def = NODES.objectNode();
            def.put("type", "string");
            ArrayNode values = def.putArray("enum");
            Method jsonValue = jsonValueMethod(c);
            for (Object constant : c.getEnumConstants()) {
                if (constant == MoneyUnit.UNSPECIFIED) {
                    continue; // never written: the property is left out instead
                }
                values.add(jsonValue == null ? ((Enum<?>) constant).name() : invoke(jsonValue, constant));
            }
            defs.put(name, def);
        }
        return name;
    }

    /**
     * Whether {@code ReportJson} writes a property of this type whatever its value, i.e. whether its inclusion
     * filter can never find the value absent.
     */
    private static boolean alwaysWritten(Class<?> type) {
        return !(type == Optional.class
                || Cell.class.isAssignableFrom(type)
                || CellRow.class.isAssignableFrom(type)
                || type == Narrative.class
                || type == Contact.class
                || type == MoneyUnit.class
                || Collection.class.isAssignableFrom(type));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String defName(Class<?> c) {
        String binary = c.getName().substring(c.getPackageName().length() + 1);
        return binary.replace('$', '.');
    }

    private static String ref(String name) {
        return "#/$defs/" + name;
    }

    private static ObjectNode refNode(String name) {
        ObjectNode n = NODES.objectNode();
        n.put("$ref", ref(name));
        return n;
    }

    private static Method jsonValueMethod(Class<?> c) {
        for (Method m : c.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
                return m;
            }
        }
        return null;
    }

    private static String invoke(Method m, Object target) {
        try {
            return String.valueOf(m.invoke(target));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
