package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.MoneyUnit;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading one cell's text as a value: a number (thousands separators, a unit of money or a count unit inside the
 * cell, a sign), a placeholder ({@code -}, {@code —}, {@code /}, {@code 无}, …) or a blank. Stateless.
 */
public final class Values {

    private static final Pattern NUMBER = Pattern.compile(
            "^([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(万元|元|件|个|条|项|次)?$");

    private Values() {
    }

    /**
     * A value read from a cell.
     *
     * @param cell the cell
     * @param unit the unit of money written in the cell, if any
     * @param raw  the text as written, trimmed
     */
    public record Value(Cell cell, Optional<MoneyUnit> unit, String raw) {
        /** Whether the cell is a number whose digits have leading zeros or could hide glued numbers. */
        public boolean gluedCandidate() {
            return raw.length() > 1 && raw.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        }

        /** Whether the raw text is a digit run that cannot be one number (it has a leading zero). */
        public boolean certainlyGlued() {
            return gluedCandidate() && raw.charAt(0) == '0';
        }
    }

    /**
     * Reads a cell text.
     *
     * @param text the text as written
     * @return the value, or empty if the text is not a value
     */
    public static Optional<Value> parse(String text) {
        String raw = text.strip();
        if (raw.isEmpty()) {
            return Optional.of(new Value(Cell.blank(), Optional.empty(), raw));
        }
        if (Cell.KNOWN_PLACEHOLDERS.contains(raw)) {
            return Optional.of(new Value(Cell.placeholder(raw), Optional.empty(), raw));
        }
        String n = Normalizer.normalize(raw, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .replace('，', ',').replace('－', '-');
        if (n.length() > 200) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(n);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2).replace(",", "");
        if (digits.length() > 1 && digits.charAt(0) == '0' && m.group(3) == null && m.group(2).indexOf(',') < 0) {
            // a run such as 000 cannot be one count: it is glued; keep the digits for the splitter
            return Optional.of(new Value(Cell.of(new BigDecimal(digits)), Optional.empty(), digits));
        }
        String number = m.group(1) + digits + (m.group(3) == null ? "" : m.group(3));
        Optional<MoneyUnit> unit = Optional.empty();
        if ("万元".equals(m.group(4))) {
            unit = Optional.of(MoneyUnit.WAN_YUAN);
        } else if ("元".equals(m.group(4))) {
            unit = Optional.of(MoneyUnit.YUAN);
        }
        return Optional.of(new Value(Cell.of(new BigDecimal(number)), unit, raw));
    }
}
