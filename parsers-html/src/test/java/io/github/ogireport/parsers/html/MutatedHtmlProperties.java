package io.github.ogireport.parsers.html;

import io.github.ogireport.parse.ReaderOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random bytes under an HTML name, and random mutations (byte flips, truncations, duplicated ranges) of the five
 * sample pages, end in a result or a clear parse exception — nothing else.
 */
class MutatedHtmlProperties {

    private static final ReaderOptions OPTIONS = ReaderOptions.DEFAULT.withTimeout(Duration.ofSeconds(10));

    @Property(tries = 100)
    void randomBytesNamedHtml(@ForAll @Size(max = 3000) byte[] bytes) {
        HtmlBadInputTest.outcome(bytes, "page.html", OPTIONS);
    }

    @Provide
    Arbitrary<byte[]> mutatedPages() {
        Arbitrary<byte[]> seeds = Arbitraries.of("000", "001", "002", "003", "004").map(id -> {
            try {
                return HtmlSamplesMatchGoldenTest.page(id);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Combinators.combine(seeds, Arbitraries.integers().between(0, 2), Arbitraries.longs(),
                Arbitraries.integers().between(1, 30)).as(MutatedHtmlProperties::mutate);
    }

    @Property(tries = 100)
    void mutatedSamplePages(@ForAll("mutatedPages") byte[] page) {
        HtmlBadInputTest.outcome(page, "page.html", OPTIONS);
    }

    static byte[] mutate(byte[] seed, int kind, long salt, int amount) {
        Random r = new Random(salt);
        byte[] b = seed.clone();
        switch (kind) {
            case 0:
                for (int i = 0; i < amount; i++) {
                    b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                }
                return b;
            case 1:
                return Arrays.copyOf(b, r.nextInt(b.length));
            default:
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + r.nextInt(3000));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                return out;
        }
    }
}
