package io.github.ogireport.model;

import io.github.ogireport.catalog.Edition;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a report says about itself.
 *
 * @param title            the title as written, e.g. {@code 永平镇2022年政府信息公开工作年度报告}
 * @param agency           the reporting body, e.g. {@code 永平镇人民政府}
 * @param reportYear       the year reported on
 * @param edition          the edition of the layout the tables follow
 * @param statisticsPeriod the statistics period the report states
 * @param publicationDate  the date printed at the end or in the preamble
 * @param contact          the contact block
 */
public record ReportMetadata(
        Optional<String> title,
        Optional<String> agency,
        Optional<Integer> reportYear,
        Edition edition,
        Optional<StatisticsPeriod> statisticsPeriod,
        Optional<LocalDate> publicationDate,
        Contact contact) {

    /** Normalizes {@code null} optionals to empty; the edition is required. */
    public ReportMetadata {
        Objects.requireNonNull(edition, "edition");
        title = title == null ? Optional.empty() : title;
        agency = agency == null ? Optional.empty() : agency;
        reportYear = reportYear == null ? Optional.empty() : reportYear;
        statisticsPeriod = statisticsPeriod == null ? Optional.empty() : statisticsPeriod;
        publicationDate = publicationDate == null ? Optional.empty() : publicationDate;
        contact = contact == null ? Contact.NONE : contact;
    }

    /** Metadata with agency, year and the edition prescribed for that year; everything else absent. */
    public static ReportMetadata of(String agency, int reportYear) {
        return new ReportMetadata(Optional.empty(), Optional.of(agency), Optional.of(reportYear),
                Edition.forReportYear(reportYear), Optional.empty(), Optional.empty(), Contact.NONE);
    }
}
