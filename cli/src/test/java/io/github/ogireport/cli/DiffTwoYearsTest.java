package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.Table3;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogi diff OLD NEW}: the series rules and the list of changed cells between two years of one agency. */
class DiffTwoYearsTest {

    @TempDir
    Path tmp;

    /** Sample 001 (2022) as year N-1. */
    private static AnnualReport year2022() {
        return ReportJson.get().readReport(new String(Cli.resource("/golden/001.json"), StandardCharsets.UTF_8));
    }

    /** The next year of the same agency: carried-over = last year's carried-to-next-year, one more application. */
    private static AnnualReport year2023(AnnualReport previous, long carriedOverNaturalPersons) {
        ReportMetadata m = previous.metadata();
        ReportMetadata next = new ReportMetadata(Optional.empty(), m.agency(), Optional.of(2023), m.edition(),
                Optional.empty(), Optional.empty(), m.contact());
        Table3 t3 = previous.table3()
                .withRow(Table3Row.CARRIED_OVER, previous.table3().carriedToNextYear()
                        .with(ApplicantColumn.NATURAL_PERSON, Cell.of(carriedOverNaturalPersons)));
        ApplicantCounts fresh = t3.newApplications();
        t3 = t3.withRow(Table3Row.NEW_APPLICATIONS, fresh.with(ApplicantColumn.COMMERCIAL_ENTERPRISE,
                Cell.of(count(fresh, ApplicantColumn.COMMERCIAL_ENTERPRISE) + 1)));
        return previous.toBuilder().metadata(next).table3(t3).build();
    }

    private static long count(ApplicantCounts row, ApplicantColumn column) {
        return row.cell(column).valueOrZero().longValueExact();
    }

    private Path write(String name, AnnualReport r) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, ReportJson.get().toJson(r));
        return p;
    }

    @Test
    void consistentYearsListTheChangedCellsAndExitZero() throws Exception {
        AnnualReport old = year2022();
        long carried = count(old.table3().carriedToNextYear(), ApplicantColumn.NATURAL_PERSON);
        Path a = write("2022.json", old);
        Path b = write("2023.json", year2023(old, carried));

        Cli.Result r = Cli.run("diff", a.toString(), b.toString());

        assertEquals(0, r.status(), r::toString);
        // sample 001 has no 规章 row, so SERIES-STOCK cannot be checked there: a note, not a broken rule
        assertTrue(r.out().contains("SERIES-CARRY、SERIES-STOCK）：0 项不符"), r::toString);
        assertFalse(r.out().contains(" SERIES-CARRY /"), r::toString);
        String label = new CellRef(Table3Row.NEW_APPLICATIONS, ApplicantColumn.COMMERCIAL_ENTERPRISE).labelZh();
        assertTrue(r.out().contains(label + ": "), r::toString);
        assertTrue(r.out().contains("(+1)"), r::toString);
        assertFalse(r.out().contains(new CellRef(Table3Row.DISCLOSED, ApplicantColumn.TOTAL).labelZh() + ": "),
                "unchanged cells are not listed\n" + r);
    }

    @Test
    void aBrokenCarryOverIsReportedAndExitsOne() throws Exception {
        AnnualReport old = year2022();
        long carried = count(old.table3().carriedToNextYear(), ApplicantColumn.NATURAL_PERSON);
        Path a = write("2022.json", old);
        Path b = write("2023.json", year2023(old, carried + 7));

        Cli.Result r = Cli.run("diff", "--lang", "en", a.toString(), b.toString());

        assertEquals(1, r.status(), r::toString);
        assertTrue(r.out().contains("Series checks (SERIES-CARRY, SERIES-STOCK): 1 broken"), r::toString);
        String finding = r.out().lines().filter(l -> l.contains("SERIES-CARRY /table3/carriedOver/naturalPerson: "))
                .findFirst().orElseThrow(() -> new AssertionError(r));
        assertTrue(finding.contains(String.valueOf(carried)) && finding.contains(String.valueOf(carried + 7)),
                finding);
        String label = new CellRef(Table3Row.CARRIED_OVER, ApplicantColumn.NATURAL_PERSON).labelEn();
        long before = count(old.table3().carriedOver(), ApplicantColumn.NATURAL_PERSON);
        assertTrue(r.out().contains(label + ": " + before + " → " + (carried + 7)), r::toString);
    }

    @Test
    void sameReportTwiceHasNoChange() throws Exception {
        Path a = write("a.json", year2022());

        Cli.Result r = Cli.run("diff", "--lang", "en", a.toString(), a.toString());

        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("No cell changed"), r::toString);
        assertTrue(r.out().contains("Series checks not made: report years 2022 and 2022 are not consecutive"),
                r::toString);
    }

    @Test
    void missingFileIsOneLineWithoutStackTraceUnlessDebug() {
        Path missing = tmp.resolve("missing.json");

        Cli.Result r = Cli.run("diff", missing.toString(), missing.toString());
        assertEquals(2, r.status(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().contains("missing.json"), r::toString);

        Cli.Result en = Cli.run("diff", "--lang", "en", missing.toString(), missing.toString());
        assertEquals(2, en.status(), en::toString);
        assertTrue(en.err().startsWith("ogi: " + missing + ": unreadable — no such file"), en::toString);
        assertEquals(1, en.err().lines().count(), en::toString);

        Cli.Result debug = Cli.run("diff", "--debug", missing.toString(), missing.toString());
        assertEquals(2, debug.status(), debug::toString);
        assertTrue(debug.err().contains("\tat "), debug::toString);
    }
}
