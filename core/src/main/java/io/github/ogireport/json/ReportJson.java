package io.github.ogireport.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The canonical JSON of ogi-report: reads and writes {@link AnnualReport} (and any other model or result type)
 * with stable property names.
 *
 * <ul>
 *   <li>Property names are the record component names, in declaration order.</li>
 *   <li>A cell is a JSON number, {@code null} when blank, a string when a placeholder ({@code "-"}, {@code "无"});
 *       a cell or row not reported is left out, as are empty optionals, narratives and lists.</li>
 *   <li>A key given twice in one object is an error, never "the last one wins".</li>
 *   <li>Numbers are written plain ({@code 24252.311082}, never {@code 2.4E4}) and read as {@code BigDecimal}.</li>
 *   <li>Pretty output uses two-space indentation and {@code \n} line ends, and ends with a newline, so the same
 *       report always gives the same bytes.</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class ReportJson {

    private static final ReportJson INSTANCE = new ReportJson();

    private final ObjectMapper mapper;
    private final ObjectWriter pretty;
    private final ObjectWriter compact;
    private final ObjectReader reportReader;

    private ReportJson() {
        SimpleModule cells = new SimpleModule("ogi-report-cells");
        cells.addSerializer(Cell.class, new CellJson.Serializer());
        cells.addDeserializer(Cell.class, new CellJson.Deserializer());
        this.mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .addModule(cells)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.CUSTOM,
                        JsonInclude.Include.ALWAYS, ReportedFilter.class, null))
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(10_000_000).maxNumberLength(64).build());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        this.pretty = mapper.writer(printer);
        this.compact = mapper.writer();
        this.reportReader = mapper.readerFor(AnnualReport.class);
    }

    /** The shared instance. */
    public static ReportJson get() {
        return INSTANCE;
    }

    /**
     * A copy of the configured mapper, for callers that need Jackson directly (e.g. to embed a report in their own
     * documents). Changing the copy does not affect this instance.
     */
    public ObjectMapper mapper() {
        return mapper.copy();
    }

    /** Pretty canonical JSON of any model or result object, ending with a newline. */
    public String toJson(Object value) {
        try {
            return pretty.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    /** Compact canonical JSON (one line, no trailing newline) of any model or result object. */
    public String toCompactJson(Object value) {
        try {
            return compact.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    /** Pretty canonical JSON as UTF-8 bytes. */
    public byte[] toBytes(Object value) {
        return toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The JSON Schema (draft 2020-12) of the canonical JSON of an {@link AnnualReport}: the document that
     * {@link #toJson(Object)} writes for a report validates against it. Generated from the model at build time and
     * shipped in the jar as {@code io/github/ogireport/json/annual-report.schema.json}; the same text every time.
     *
     * @return the schema as pretty JSON text ending with a newline
     */
    public static String schema() {
        return SchemaHolder.SCHEMA;
    }

    /** Loads the schema resource once, on first use. */
    private static final class SchemaHolder {
        static final String SCHEMA = load();

        private static String load() {
            try (InputStream in = ReportJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // not built by Maven (e.g. classes compiled by an IDE): generate it, the result is the same
            return io.github.ogireport.json.internal.SchemaGenerator.generate();
        }
    }

    private static final String SCHEMA_RESOURCE = "annual-report.schema.json";

    /**
     * Reads a report from canonical JSON.
     *
     * @throws ReportJsonException if the text is not canonical JSON of a report; the message names the location
     */
    public AnnualReport readReport(String json) {
        try {
            return reportReader.readValue(json);
        } catch (IOException e) {
            throw ReportJsonException.of(e);
        } catch (IllegalArgumentException e) {
            throw new ReportJsonException("invalid report: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a report from canonical JSON bytes (UTF-8). Does not close the stream.
     *
     * @throws ReportJsonException if the bytes are not canonical JSON of a report
     * @throws UncheckedIOException if reading the stream fails
     */
    public AnnualReport readReport(InputStream in) {
        try {
            return reportReader.readValue(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw ReportJsonException.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new ReportJsonException("invalid report: " + e.getMessage(), e);
        }
    }

    /**
     * Reads any model or result type from canonical JSON.
     *
     * @throws ReportJsonException if the text does not match the type
     */
    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw ReportJsonException.of(e);
        } catch (IllegalArgumentException e) {
            throw new ReportJsonException("invalid " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
