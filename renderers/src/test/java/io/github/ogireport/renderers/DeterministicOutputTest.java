package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Same report, same bytes: rendering twice, or from many threads at once through the shared renderers, gives
 * identical output; the output is valid UTF-8 with {@code \n} line ends.
 */
class DeterministicOutputTest {

    private static final List<AnnualReport> REPORTS = List.of(Fixtures.full2021(), Fixtures.full2019(),
            Fixtures.singleOtherHandling2021(), Fixtures.hostile());

    @Test
    void renderingTwiceGivesTheSameBytes() {
        for (ReportRenderer r : ReportRenderers.all()) {
            for (AnnualReport report : REPORTS) {
                assertArrayEquals(r.render(report, RenderOptions.DEFAULT), r.render(report, RenderOptions.DEFAULT),
                        r.format());
            }
        }
    }

    @Test
    void theSharedRenderersGiveTheSameBytesFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (ReportRenderer r : ReportRenderers.all()) {
                for (AnnualReport report : REPORTS) {
                    byte[] expected = r.render(report, RenderOptions.DEFAULT);
                    List<Future<byte[]>> futures = new ArrayList<>();
                    for (int i = 0; i < 16; i++) {
                        futures.add(pool.submit(() -> r.render(report, RenderOptions.DEFAULT)));
                    }
                    for (Future<byte[]> f : futures) {
                        assertArrayEquals(expected, f.get(), r.format());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void outputIsUtf8WithLineFeedsOnly() throws Exception {
        for (ReportRenderer r : ReportRenderers.all()) {
            for (AnnualReport report : REPORTS) {
                for (RenderOptions o : List.of(RenderOptions.DEFAULT, RenderOptions.DEFAULT.withPretty(false)
                        .withFragment(true).withBom(true))) {
                    byte[] bytes = r.render(report, o);
                    String text = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes)).toString();
                    assertFalse(text.contains("\r"), r.format());
                    if (!(r.format().equals("json") && !o.pretty())) {
                        assertTrue(text.endsWith("\n"), r.format());
                    }
                }
            }
        }
    }
}
