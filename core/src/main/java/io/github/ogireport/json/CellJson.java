package io.github.ogireport.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.ogireport.model.Cell;
import java.io.IOException;

/** The canonical JSON form of a {@link Cell}: number, {@code null} for blank, string for a placeholder. */
final class CellJson {

    private CellJson() {
    }

    static final class Serializer extends JsonSerializer<Cell> {
        @Override
        public void serialize(Cell value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            if (value instanceof Cell.Number n) {
                gen.writeNumber(n.value());
            } else if (value instanceof Cell.Placeholder p) {
                gen.writeString(p.text());
            } else {
                gen.writeNull();
            }
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Cell value) {
            return value == null || !value.isReported();
        }

        @Override
        public Class<Cell> handledType() {
            return Cell.class;
        }
    }

    static final class Deserializer extends JsonDeserializer<Cell> {
        @Override
        public Cell deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return Cell.of(p.getDecimalValue());
            }
            if (t == JsonToken.VALUE_STRING) {
                String s = p.getText();
                if (s.codePoints().anyMatch(Character::isDigit)) {
                    return (Cell) ctxt.handleWeirdStringValue(Cell.class, s,
                            "a number must be a JSON number, not a string");
                }
                return s.isEmpty() ? Cell.blank() : Cell.placeholder(s);
            }
            if (t == JsonToken.VALUE_NULL) {
                return Cell.blank();
            }
            return (Cell) ctxt.handleUnexpectedToken(Cell.class, p);
        }

        @Override
        public Cell getNullValue(DeserializationContext ctxt) {
            return Cell.blank();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Cell.notReported();
        }
    }
}
