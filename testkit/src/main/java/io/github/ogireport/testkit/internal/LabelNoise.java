package io.github.ogireport.testkit.internal;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Table2Block;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Group;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.testkit.Noise;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the chosen {@link Noise} to the catalog labels of a rendering. At most one typo per label, only in labels
 * of at least six characters, never on a numeral or a unit of money, and never one that turns a label into another
 * catalog label.
 */
public final class LabelNoise {

    private static final Pattern ARABIC_ITEM = Pattern.compile("^(\\d+)\\.");
    private static final Pattern CHINESE_NUMBERING = Pattern.compile("^(（?)([一二三四五六七八九十])([、）])");
    /** Characters a typo never touches: numerals, and the units of money whose loss would change a header's meaning. */
    private static final String NUMERALS = "一二三四五六七八九十0123456789万元";
    private static final Map<Character, Character> CONFUSED = Map.ofEntries(Map.entry('废', '度'),
            Map.entry('形', '况'), Map.entry('部', '内'), Map.entry('务', '物'), Map.entry('请', '情'),
            Map.entry('息', '习'), Map.entry('理', '里'), Map.entry('政', '正'), Map.entry('处', '外'),
            Map.entry('申', '甲'), Map.entry('权', '全'), Map.entry('律', '津'), Map.entry('确', '缺'),
            Map.entry('果', '过'), Map.entry('计', '记'), Map.entry('数', '书'), Map.entry('量', '两'));
    private static final List<String> NUMBERINGS = List.of("%s、", "%s．", "(%s)", "（%s）");
    private static final Set<String> ALL_LABELS = allLabels();

    private final Choices c;
    private final Set<Noise> noise;
    private final String numbering;

    /**
     * @param c     the choices
     * @param noise the noise to apply
     */
    public LabelNoise(Choices c, Set<Noise> noise) {
        this.c = c;
        this.noise = Set.copyOf(noise);
        this.numbering = c.pick(NUMBERINGS);
    }

    /** The label as this rendering writes it. */
    public String apply(String label) {
        if (label.isEmpty()) {
            return label;
        }
        String s = label;
        if (noise.contains(Noise.TYPOS) && label.length() >= 6 && c.chance(25)) {
            s = typo(s);
        }
        if (noise.contains(Noise.NUMBERING_VARIANTS)) {
            Matcher m = ARABIC_ITEM.matcher(s);
            if (m.find()) {
                s = String.format(numbering, m.group(1)) + s.substring(m.end());
            }
        }
        if (noise.contains(Noise.WIDTH_SWAP) && c.chance(60)) {
            s = s.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',');
        }
        if (noise.contains(Noise.KANGXI_RADICALS) && c.chance(50)) {
            s = s.replace('一', '⼀').replace('二', '⼆');
        }
        if (noise.contains(Noise.SPACES_IN_LABELS) && c.chance(40)) {
            s = spaced(s);
        }
        return s;
    }

    private String spaced(String s) {
        if (s.length() <= 4) {
            return String.join(" ", s.split(""));
        }
        int at = numberingEnd(s);
        if (at == 0) {
            at = 1 + c.next(s.length() - 1);
        }
        return s.substring(0, at) + " " + s.substring(at);
    }

    /** Where the item numbering of a label ends (0 if it has none). */
    private static int numberingEnd(String s) {
        Matcher a = ARABIC_ITEM.matcher(s);
        if (a.find()) {
            return a.end();
        }
        Matcher b = CHINESE_NUMBERING.matcher(s);
        return b.find() ? b.end() : 0;
    }

    private String typo(String label) {
        int kind = c.next(3);
        Matcher m = CHINESE_NUMBERING.matcher(label);
        if (kind == 2 && m.find()) {
            String doubled = label.substring(0, m.end(2)) + m.group(2) + label.substring(m.end(2));
            return acceptable(label, doubled) ? doubled : label;
        }
        int start = numberingEnd(label);
        List<Integer> positions = new java.util.ArrayList<>();
        for (int i = start; i < label.length(); i++) {
            char ch = label.charAt(i);
            if (Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN && NUMERALS.indexOf(ch) < 0) {
                positions.add(i);
            }
        }
        if (positions.isEmpty()) {
            return label;
        }
        int i = c.pick(positions);
        String edited;
        if (kind == 0) {
            char ch = label.charAt(i);
            char replacement = CONFUSED.getOrDefault(ch, ch == '的' ? '之' : '的');
            edited = label.substring(0, i) + replacement + label.substring(i + 1);
        } else {
            edited = label.substring(0, i) + label.substring(i + 1);
        }
        return acceptable(label, edited) ? edited : label;
    }

    private static boolean acceptable(String label, String edited) {
        return !edited.equals(label) && !ALL_LABELS.contains(edited);
    }

    private static Set<String> allLabels() {
        Set<String> s = new HashSet<>();
        for (Table2Row r : Table2Row.values()) {
            s.add(r.labelZh());
        }
        for (Table2Column col : Table2Column.values()) {
            s.add(col.labelZh());
        }
        for (Table2Block b : Table2Block.values()) {
            s.add(b.captionZh());
        }
        for (Table3Row r : Table3Row.values()) {
            s.add(r.labelZh());
        }
        for (Table3Group g : Table3Group.values()) {
            s.add(g.labelZh());
        }
        for (ApplicantColumn col : ApplicantColumn.values()) {
            s.add(col.labelZh());
        }
        for (Table4Row r : Table4Row.values()) {
            s.add(r.labelZh());
        }
        for (Table4Column col : Table4Column.values()) {
            s.add(col.labelZh());
        }
        return Set.copyOf(s);
    }
}
