package io.github.ogireport.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The two editions of the national layout.
 *
 * <ul>
 *   <li>{@link #V2019}: 国办公开办函〔2019〕60号 (试行), used for report years 2019 and 2020;</li>
 *   <li>{@link #V2021}: 国办公开办函〔2021〕30号, used for report years 2021 onwards.</li>
 * </ul>
 */
public enum Edition {
    /** The trial edition of 2019. */
    V2019("2019", "国办公开办函〔2019〕60号", 2019),
    /** The edition of 2021. */
    V2021("2021", "国办公开办函〔2021〕30号", 2021);

    private final String id;
    private final String document;
    private final int firstReportYear;

    Edition(String id, String document, int firstReportYear) {
        this.id = id;
        this.document = document;
        this.firstReportYear = firstReportYear;
    }

    /** The stable id used in JSON, {@code "2019"} or {@code "2021"}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** The document that defines this edition. */
    public String document() {
        return document;
    }

    /** The first report year this edition applies to. */
    public int firstReportYear() {
        return firstReportYear;
    }

    /**
     * The edition prescribed for a report year.
     *
     * @param reportYear the report year, 2019 or later
     * @return the edition in force for that year
     * @throws IllegalArgumentException for years before 2019, which used older layouts
     */
    public static Edition forReportYear(int reportYear) {
        if (reportYear < 2019) {
            throw new IllegalArgumentException("report year " + reportYear
                    + " predates the national layouts of 2019 and 2021");
        }
        return reportYear >= 2021 ? V2021 : V2019;
    }

    /**
     * The edition with the given id.
     *
     * @param id {@code "2019"} or {@code "2021"}
     * @return the edition
     * @throws IllegalArgumentException for any other id
     */
    @JsonCreator
    public static Edition ofId(String id) {
        for (Edition e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown edition: " + id);
    }
}
