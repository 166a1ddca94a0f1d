package io.github.ogireport.testkit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * A stream of choices drawn from a list of non-negative integers that jqwik generates and shrinks. Every decision of
 * the generators is taken from it, so that shrinking the integers towards 0 shrinks the report: counts become 0,
 * optional features are switched off and the first option of every pick is taken.
 *
 * <p>Not thread-safe: one instance per generated value.
 */
public final class Choices {

    /** How many integers a generated value consumes at most before the stream wraps around. */
    public static final int SIZE = 480;

    private final List<Integer> values;
    private int index;

    /**
     * @param values the integers, each in {@code [0, 999_999]}
     */
    public Choices(List<Integer> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no choices");
        }
        this.values = List.copyOf(values);
    }

    /** A value in {@code [0, bound)}; 0 when {@code bound <= 1}. */
    public int next(int bound) {
        int v = values.get(index % values.size());
        int round = index / values.size();
        index++;
        if (bound <= 1) {
            return 0;
        }
        // after a wrap-around, vary the values so that the stream does not repeat itself exactly (0 stays 0)
        long mixed = v == 0 ? 0 : (long) v * (2L * round + 1) + round;
        return (int) Math.floorMod(mixed, (long) bound);
    }

    /** True with about {@code percent}% probability; false when the choices shrink to 0. */
    public boolean chance(int percent) {
        return next(100) >= 100 - percent;
    }

    /** One element of a non-empty list. */
    public <T> T pick(List<T> options) {
        return options.get(next(options.size()));
    }

    /** A count as reports have them: mostly 0, often small, sometimes in the thousands. */
    public long count() {
        int v = next(1000);
        if (v < 550) {
            return 0;
        }
        if (v < 900) {
            return v % 9 + 1;
        }
        if (v < 985) {
            return v % 90 + 10;
        }
        return 100 + next(20_000);
    }

    /** A count in {@code [0, max]}, mostly small. */
    public long countAtMost(long max) {
        if (max <= 0) {
            return 0;
        }
        long c = count();
        return c <= max ? c : next((int) Math.min(max, Integer.MAX_VALUE - 1) + 1);
    }

    /** A non-negative amount of money: mostly 0, otherwise with up to {@code maxScale} decimals. */
    public BigDecimal amount(int maxScale) {
        if (!chance(60)) {
            return BigDecimal.ZERO;
        }
        int scale = next(maxScale + 1);
        BigDecimal whole = BigDecimal.valueOf(next(30_000));
        BigDecimal fraction = new BigDecimal(BigInteger.valueOf(1 + next((int) Math.pow(10, scale))), scale);
        return whole.add(fraction);
    }
}
