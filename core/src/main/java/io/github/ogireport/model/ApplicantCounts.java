package io.github.ogireport.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.ogireport.catalog.ApplicantColumn;
import java.util.List;

/**
 * One data row of table 3: the seven applicant columns.
 *
 * <p>A {@code null} component means "not reported" and is stored as {@link Cell#NOT_REPORTED}.
 */
public record ApplicantCounts(
        Cell naturalPerson,
        Cell commercialEnterprise,
        Cell researchInstitution,
        Cell publicInterestOrganization,
        Cell legalServiceAgency,
        Cell otherOrganization,
        Cell total) implements CellRow {

    /** A row the source did not report. */
    public static final ApplicantCounts NOT_REPORTED = new ApplicantCounts(null, null, null, null, null, null, null);

    /** Normalizes {@code null} cells to {@link Cell#NOT_REPORTED}. */
    public ApplicantCounts {
        naturalPerson = Cell.orNotReported(naturalPerson);
        commercialEnterprise = Cell.orNotReported(commercialEnterprise);
        researchInstitution = Cell.orNotReported(researchInstitution);
        publicInterestOrganization = Cell.orNotReported(publicInterestOrganization);
        legalServiceAgency = Cell.orNotReported(legalServiceAgency);
        otherOrganization = Cell.orNotReported(otherOrganization);
        total = Cell.orNotReported(total);
    }

    /** A row of seven counts in column order (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计). */
    public static ApplicantCounts of(long naturalPerson, long commercialEnterprise, long researchInstitution,
            long publicInterestOrganization, long legalServiceAgency, long otherOrganization, long total) {
        return new ApplicantCounts(Cell.of(naturalPerson), Cell.of(commercialEnterprise), Cell.of(researchInstitution),
                Cell.of(publicInterestOrganization), Cell.of(legalServiceAgency), Cell.of(otherOrganization),
                Cell.of(total));
    }

    /** A row of zeros. */
    public static ApplicantCounts zeros() {
        return of(0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * A row from its seven cells in column order.
     *
     * @throws IllegalArgumentException if there are not exactly seven cells
     */
    public static ApplicantCounts fromCells(List<Cell> cells) {
        List<Cell> c = CellRow.requireSize(cells, 7, "a table 3 row");
        return new ApplicantCounts(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6));
    }

    /** The cell of a column. */
    public Cell cell(ApplicantColumn column) {
        return switch (column) {
            case NATURAL_PERSON -> naturalPerson;
            case COMMERCIAL_ENTERPRISE -> commercialEnterprise;
            case RESEARCH_INSTITUTION -> researchInstitution;
            case PUBLIC_INTEREST_ORGANIZATION -> publicInterestOrganization;
            case LEGAL_SERVICE_AGENCY -> legalServiceAgency;
            case OTHER_ORGANIZATION -> otherOrganization;
            case TOTAL -> total;
        };
    }

    /** A copy with one cell replaced. */
    public ApplicantCounts with(ApplicantColumn column, Cell cell) {
        List<Cell> c = new java.util.ArrayList<>(cells());
        c.set(column.ordinal(), cell);
        return fromCells(c);
    }

    /** Whether the source reported at least one cell of this row (without building {@link #cells()}). */
    @Override
    @JsonIgnore
    public boolean isReported() {
        return naturalPerson.isReported() || commercialEnterprise.isReported() || researchInstitution.isReported()
                || publicInterestOrganization.isReported() || legalServiceAgency.isReported()
                || otherOrganization.isReported() || total.isReported();
    }

    @Override
    public List<Cell> cells() {
        return List.of(naturalPerson, commercialEnterprise, researchInstitution, publicInterestOrganization,
                legalServiceAgency, otherOrganization, total);
    }
}
