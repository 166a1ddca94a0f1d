package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The unit of an amount of money as the report wrote it. */
public enum MoneyUnit {
    /** 万元 (10,000 yuan). */
    WAN_YUAN("万元"),
    /** 元 (yuan). */
    YUAN("元"),
    /** The report wrote no unit (2019's 采购总金额 has none in the template). */
    UNSPECIFIED("");

    private final String symbol;

    MoneyUnit(String symbol) {
        this.symbol = symbol;
    }

    /** The unit as written in Chinese; empty for {@link #UNSPECIFIED}. */
    @JsonValue
    public String symbol() {
        return symbol;
    }

    /**
     * The unit written as {@code symbol}.
     *
     * @throws IllegalArgumentException for anything but 万元, 元 or the empty string
     */
    @JsonCreator
    public static MoneyUnit ofSymbol(String symbol) {
        for (MoneyUnit u : values()) {
            if (u.symbol.equals(symbol == null ? "" : symbol.strip())) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown money unit: " + symbol);
    }
}
