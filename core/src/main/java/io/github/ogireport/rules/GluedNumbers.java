package io.github.ogireport.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways a run of digits that a crawler glued together (e.g. a table-3 row {@code 1220000014}) can be split back
 * into cells, using the accounting rules to rule candidates out. Every number is written without leading zeros
 * ({@code 0} itself is one digit), as reports write counts.
 *
 * <p>The caller takes a split only when it is the single candidate; with several, nothing is guessed. Thread-safe.
 */
public final class GluedNumbers {

    /** The most digits one number may have. */
    public static final int MAX_DIGITS_PER_NUMBER = 12;

    private GluedNumbers() {
    }

    /**
     * Splits {@code digits} into {@code groups} consecutive groups of {@code addends + 1} numbers each, where the last
     * number of each group is the sum of the group's other numbers (a table-3 row: 1 group of 6 + total; table 4:
     * 3 groups of 4 + total).
     *
     * @param digits  the glued digits, ASCII {@code 0-9} only
     * @param groups  how many groups
     * @param addends numbers per group before the total
     * @param limit   stop after this many candidates (the caller only needs to know whether there is exactly one)
     * @return the candidates, each a list of {@code groups * (addends + 1)} numbers, at most {@code limit}
     * @throws IllegalArgumentException if digits holds anything but ASCII digits, or a count is not positive
     */
    public static List<List<Long>> splitWithTotals(String digits, int groups, int addends, int limit) {
        check(digits, groups * (addends + 1), limit);
        List<List<Long>> out = new ArrayList<>();
        groups(digits, 0, groups, addends, new ArrayList<>(), out, limit);
        return out;
    }

    /**
     * Splits {@code digits} into {@code count} numbers with no rule relating them (e.g. table 2's 本年制发件数 /
     * 本年废止件数 / 现行有效件数).
     *
     * @return the candidates, at most {@code limit}
     * @throws IllegalArgumentException if digits holds anything but ASCII digits, or a count is not positive
     */
    public static List<List<Long>> splitFree(String digits, int count, int limit) {
        check(digits, count, limit);
        List<List<Long>> out = new ArrayList<>();
        free(digits, 0, count, new ArrayList<>(), out, limit);
        return out;
    }

    private static void check(String digits, int count, int limit) {
        if (count <= 0 || limit <= 0) {
            throw new IllegalArgumentException("count and limit must be positive");
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not an ASCII digit at " + i + ": " + digits);
            }
        }
    }

    private static void free(String s, int pos, int remaining, List<Long> acc, List<List<Long>> out, int limit) {
        if (out.size() >= limit) {
            return;
        }
        int left = s.length() - pos;
        if (remaining == 0) {
            if (left == 0) {
                out.add(List.copyOf(acc));
            }
            return;
        }
        if (left < remaining || left > (long) remaining * MAX_DIGITS_PER_NUMBER) {
            return;
        }
        for (int len = 1; len <= Math.min(MAX_DIGITS_PER_NUMBER, left - remaining + 1); len++) {
            if (len > 1 && s.charAt(pos) == '0') {
                break;
            }
            acc.add(Long.parseLong(s.substring(pos, pos + len)));
            free(s, pos + len, remaining - 1, acc, out, limit);
            acc.remove(acc.size() - 1);
        }
    }

    private static void groups(String s, int pos, int groupsLeft, int addends, List<Long> acc, List<List<Long>> out,
            int limit) {
        if (out.size() >= limit) {
            return;
        }
        if (groupsLeft == 0) {
            if (pos == s.length()) {
                out.add(List.copyOf(acc));
            }
            return;
        }
        int left = s.length() - pos;
        if (left < groupsLeft * (addends + 1) || left > (long) groupsLeft * (addends + 1) * MAX_DIGITS_PER_NUMBER) {
            return;
        }
        addendsThenTotal(s, pos, addends, 0L, groupsLeft, addends, acc, out, limit);
    }

    private static void addendsThenTotal(String s, int pos, int remaining, long sum, int groupsLeft, int addends,
            List<Long> acc, List<List<Long>> out, int limit) {
        if (out.size() >= limit) {
            return;
        }
        if (remaining == 0) {
            String total = Long.toString(sum);
            if (s.startsWith(total, pos)) {
                acc.add(sum);
                groups(s, pos + total.length(), groupsLeft - 1, addends, acc, out, limit);
                acc.remove(acc.size() - 1);
            }
            return;
        }
        int left = s.length() - pos;
        for (int len = 1; len <= Math.min(MAX_DIGITS_PER_NUMBER, left - remaining); len++) {
            if (len > 1 && s.charAt(pos) == '0') {
                break;
            }
            long v = Long.parseLong(s.substring(pos, pos + len));
            acc.add(v);
            addendsThenTotal(s, pos + len, remaining - 1, sum + v, groupsLeft, addends, acc, out, limit);
            acc.remove(acc.size() - 1);
        }
    }
}
