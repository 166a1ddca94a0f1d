package io.github.ogireport.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Group;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.testkit.Noise;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Typos stay within the promise: only in labels of six characters or more, one edit at most, never turning a label
 * into another catalog label; the other kinds of noise change only what they say.
 */
class LabelNoiseKeepsLabelsRecognizableProperties {

    private static final List<String> LABELS = labels();
    private static final Pattern ITEM_VARIANT = Pattern.compile("^(\\d+、|\\d+．|\\(\\d+\\)|（\\d+）).*");

    @Property(tries = 200)
    void aTypoIsOneEditInALongLabelAndNeverAnotherLabel(@ForAll("choices") List<Integer> values) {
        LabelNoise noise = new LabelNoise(new Choices(values), EnumSet.of(Noise.TYPOS));
        int edited = 0;
        for (String label : LABELS) {
            String noisy = noise.apply(label);
            if (label.length() < 6) {
                assertEquals(label, noisy);
                continue;
            }
            assertTrue(distance(label, noisy) <= 1, () -> label + " -> " + noisy);
            if (!noisy.equals(label)) {
                edited++;
                assertFalse(LABELS.contains(noisy), () -> label + " became the label " + noisy);
            }
        }
        Statistics.label("labels with a typo").collect(edited == 0 ? "none" : edited < 10 ? "1-9" : "10+");
    }

    @Property(tries = 100)
    void numberingVariantsRenumberOnlyTheItemPrefix(@ForAll("choices") List<Integer> values) {
        LabelNoise noise = new LabelNoise(new Choices(values), EnumSet.of(Noise.NUMBERING_VARIANTS));
        for (Table3Row r : Table3Row.values()) {
            String noisy = noise.apply(r.labelZh());
            if (Character.isDigit(r.labelZh().charAt(0))) {
                assertTrue(ITEM_VARIANT.matcher(noisy).matches(), noisy);
                assertTrue(noisy.endsWith(r.labelZh().substring(2)), noisy);
            } else {
                assertEquals(r.labelZh(), noisy);
            }
        }
    }

    @Property(tries = 100)
    void widthKangxiAndSpacesKeepTheCharactersOtherwise(@ForAll("choices") List<Integer> values) {
        Set<Noise> kinds = EnumSet.of(Noise.WIDTH_SWAP, Noise.KANGXI_RADICALS, Noise.SPACES_IN_LABELS);
        LabelNoise noise = new LabelNoise(new Choices(values), kinds);
        for (String label : LABELS) {
            String normalized = noise.apply(label).replace(" ", "").replace('(', '（').replace(')', '）')
                    .replace(':', '：').replace(',', '，').replace('⼀', '一').replace('⼆', '二');
            assertEquals(label, normalized);
        }
    }

    @Provide
    Arbitrary<List<Integer>> choices() {
        return Arbitraries.integers().between(0, 999_999).list().ofSize(Choices.SIZE);
    }

    private static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Table2Row r : Table2Row.values()) {
            out.add(r.labelZh());
        }
        for (Table2Column c : Table2Column.values()) {
            out.add(c.labelZh());
        }
        for (Table3Row r : Table3Row.values()) {
            out.add(r.labelZh());
        }
        for (Table3Group g : Table3Group.values()) {
            out.add(g.labelZh());
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            out.add(c.labelZh());
        }
        for (Table4Column c : Table4Column.values()) {
            out.add(c.labelZh());
        }
        return List.copyOf(out);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
