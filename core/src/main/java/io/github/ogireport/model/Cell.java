package io.github.ogireport.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a statistical table: a number, a blank, a placeholder such as {@code -} or {@code 无}, or a cell the
 * source did not report at all.
 *
 * <p>Blank is not zero and "not reported" is not zero: the model keeps which is which. Arithmetic (the accounting
 * rules) treats blanks and placeholders as 0; a rule whose operands include a {@link NotReported} cell cannot be
 * checked and is reported as such rather than as a violation.
 *
 * <p>In the canonical JSON a number is a JSON number, a blank is {@code null}, a placeholder is a JSON string of its
 * raw text, and a cell that was not reported is left out.
 */
public sealed interface Cell permits Cell.Number, Cell.Blank, Cell.Placeholder, Cell.NotReported {

    /** The placeholders agencies write for "none". */
    java.util.Set<String> KNOWN_PLACEHOLDERS = java.util.Set.of("-", "—", "–", "/", "无", "－", "／", "--", "——", "\\");

    /** A number. Counts have scale 0; amounts keep the scale they were written with. */
    record Number(BigDecimal value) implements Cell {
        /** @throws NullPointerException if value is null */
        public Number {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /** An empty cell. */
    record Blank() implements Cell {
        @Override
        public String toString() {
            return "blank";
        }
    }

    /**
     * A placeholder written instead of a number, such as {@code -}, {@code —}, {@code /} or {@code 无}.
     *
     * @param text the placeholder as written
     */
    record Placeholder(String text) implements Cell {
        /**
         * @throws IllegalArgumentException if text is null or empty, or holds a digit (a number is never a
         *                                  placeholder: it would silently count as 0)
         */
        public Placeholder {
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("a placeholder needs its text");
            }
            if (text.codePoints().anyMatch(Character::isDigit)) {
                throw new IllegalArgumentException("a placeholder cannot hold a digit: '" + text + "'");
            }
        }

        @Override
        public String toString() {
            return "'" + text + "'";
        }
    }

    /** A cell the source did not report: its row is missing, or its text could not be read unambiguously. */
    record NotReported() implements Cell {
        @Override
        public String toString() {
            return "not reported";
        }
    }

    /** The shared blank cell. */
    Blank BLANK = new Blank();
    /** The shared not-reported cell. */
    NotReported NOT_REPORTED = new NotReported();

    /** A count. */
    static Cell of(long value) {
        return new Number(BigDecimal.valueOf(value));
    }

    /** A number. */
    static Cell of(BigDecimal value) {
        return new Number(value);
    }

    /** The blank cell. */
    static Cell blank() {
        return BLANK;
    }

    /** The not-reported cell. */
    static Cell notReported() {
        return NOT_REPORTED;
    }

    /** A placeholder with its raw text. */
    static Cell placeholder(String text) {
        return new Placeholder(text);
    }

    /** Whether the source reported this cell (anything but {@link NotReported}). */
    default boolean isReported() {
        return !(this instanceof NotReported);
    }

    /** Whether this cell holds a number. */
    default boolean isNumber() {
        return this instanceof Number;
    }

    /** The number, if this cell holds one. */
    default Optional<BigDecimal> number() {
        return this instanceof Number n ? Optional.of(n.value()) : Optional.empty();
    }

    /** The value for arithmetic: the number, or 0 for a blank, a placeholder or a cell not reported. */
    default BigDecimal valueOrZero() {
        return this instanceof Number n ? n.value() : BigDecimal.ZERO;
    }

    /** Maps {@code null} to {@link #NOT_REPORTED}; used by the records' canonical constructors. */
    static Cell orNotReported(Cell cell) {
        return cell == null ? NOT_REPORTED : cell;
    }
}
