package io.github.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared {@link ReportValidator} used from several threads gives the same results as used from one. */
class ReportValidatorThreadSafetyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 10;

    @Test
    void concurrentValidationEqualsSequentialValidation() throws Exception {
        List<AnnualReport> reports = new ArrayList<>();
        for (String id : GoldenFiles.IDS) {
            AnnualReport r = GoldenFiles.report(id);
            reports.add(r);
            reports.add(r.toBuilder().table3(r.table3().withRow(Table3Row.CARRIED_OVER,
                    r.table3().carriedOver().with(ApplicantColumn.NATURAL_PERSON, Cell.of(Integer.parseInt(id) + 1))))
                    .build());
            reports.add(r.toBuilder().table4(r.table4().withRow(Table4Row.LITIGATION_AFTER_REVIEW,
                    r.table4().litigationAfterReview().with(Table4Column.OTHER, Cell.notReported()))).build());
        }
        try (ReportValidator validator = ReportValidator.create(
                Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC))) {
            List<String> expected = new ArrayList<>();
            for (AnnualReport r : reports) {
                expected.add(ReportJson.get().toJson(validator.validate(r)));
            }
            assertFalse(expected.stream().allMatch(s -> s.contains("\"findings\" : [ ]")), "some reports have findings");

            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    final int offset = t;
                    Callable<List<String>> task = () -> {
                        start.await();
                        List<String> out = new ArrayList<>();
                        for (int round = 0; round < ROUNDS; round++) {
                            for (int i = 0; i < reports.size(); i++) {
                                // each thread walks the reports from a different start
                                int k = (i + offset) % reports.size();
                                out.add(k + ":" + ReportJson.get().toJson(validator.validate(reports.get(k))));
                            }
                        }
                        return out;
                    };
                    futures.add(pool.submit(task));
                }
                start.countDown();
                for (Future<List<String>> f : futures) {
                    for (String s : f.get()) {
                        int colon = s.indexOf(':');
                        int k = Integer.parseInt(s.substring(0, colon));
                        assertEquals(expected.get(k), s.substring(colon + 1));
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
