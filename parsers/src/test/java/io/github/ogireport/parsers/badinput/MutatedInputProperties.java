package io.github.ogireport.parsers.badinput;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.parse.ReaderOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Any random bytes, and any random mutation (byte flips, truncation, duplication of a range) of a sample or a
 * golden JSON, read through the facade under any hint, ends in a result or a clear parse exception — nothing else.
 */
class MutatedInputProperties {

    private static final ReaderOptions OPTIONS = ReaderOptions.DEFAULT.withTimeout(Duration.ofSeconds(10));

    @Provide
    Arbitrary<String> hints() {
        return Arbitraries.of("", "r.txt", "r.md", "r.json", "text", "markdown", "json", "r.bin");
    }

    @Property(tries = 200)
    void randomBytes(@ForAll @Size(max = 3000) byte[] bytes, @ForAll("hints") String hint) {
        BadInputOutcome.read(bytes, hint, OPTIONS);
    }

    @Provide
    Arbitrary<byte[]> mutatedSamples() {
        Arbitrary<byte[]> seeds = Arbitraries.of(GoldenFiles.IDS).flatMap(id -> Arbitraries.of(
                GoldenFiles.sampleText(id).getBytes(StandardCharsets.UTF_8),
                GoldenFiles.goldenText(id).getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(seeds, Arbitraries.integers().between(0, 2),
                Arbitraries.longs(), Arbitraries.integers().between(1, 20)).as(MutatedInputProperties::mutate);
    }

    @Property(tries = 150)
    void mutatedSamples(@ForAll("mutatedSamples") byte[] content, @ForAll("hints") String hint) {
        BadInputOutcome.read(content, hint, OPTIONS);
    }

    /** A seeded mutation: 0 flips bytes, 1 truncates, 2 duplicates a range. */
    static byte[] mutate(byte[] seed, int kind, long salt, int amount) {
        java.util.Random r = new java.util.Random(salt);
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
                int len = Math.min(b.length - from, 1 + r.nextInt(2000));
                byte[] out = new byte[b.length + len];
                System.arraycopy(b, 0, out, 0, from + len);
                System.arraycopy(b, from, out, from + len, b.length - from);
                return out;
        }
    }
}
