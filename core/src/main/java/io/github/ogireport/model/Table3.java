package io.github.ogireport.model;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.rules.IntegerCounts;
import io.github.ogireport.rules.NonNegative;
import io.github.ogireport.rules.T3Balance;
import io.github.ogireport.rules.T3OutcomeTotal;
import io.github.ogireport.rules.T3RowTotal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Table 3, 三、收到和处理政府信息公开申请情况: applications received and how they were handled.
 *
 * <p>Rows the source did not report are {@link ApplicantCounts#NOT_REPORTED}; a {@code null} component is stored
 * as such. Use {@link #row(Table3Row)} and {@link #fromRows(Map)} to address rows through the catalog.
 *
 * @param newApplications   一、本年新收政府信息公开申请数量
 * @param carriedOver       二、上年结转政府信息公开申请数量
 * @param outcomes          三、本年度办理结果
 * @param carriedToNextYear 四、结转下年度继续办理
 */
@T3Balance
@T3RowTotal
@T3OutcomeTotal
@NonNegative
@IntegerCounts
public record Table3(
        ApplicantCounts newApplications,
        ApplicantCounts carriedOver,
        Outcomes outcomes,
        ApplicantCounts carriedToNextYear) {

    /** Normalizes {@code null} rows to "not reported". */
    public Table3 {
        newApplications = orNotReported(newApplications);
        carriedOver = orNotReported(carriedOver);
        outcomes = outcomes == null ? Outcomes.fromRows(Map.of()) : outcomes;
        carriedToNextYear = orNotReported(carriedToNextYear);
    }

    /** A table whose every row is "not reported". */
    public static Table3 notReported() {
        return fromRows(Map.of());
    }

    /**
     * A table from rows addressed by the catalog; rows absent from the map are "not reported".
     *
     * @param rows the rows
     * @return the table
     */
    public static Table3 fromRows(Map<Table3Row, ApplicantCounts> rows) {
        Objects.requireNonNull(rows, "rows");
        return new Table3(rows.get(Table3Row.NEW_APPLICATIONS), rows.get(Table3Row.CARRIED_OVER),
                Outcomes.fromRows(rows), rows.get(Table3Row.CARRIED_TO_NEXT_YEAR));
    }

    /** The row the catalog names; "not reported" if the source did not have it. */
    public ApplicantCounts row(Table3Row row) {
        return switch (row) {
            case NEW_APPLICATIONS -> newApplications;
            case CARRIED_OVER -> carriedOver;
            case CARRIED_TO_NEXT_YEAR -> carriedToNextYear;
            default -> outcomes.row(row);
        };
    }

    /** Every row of the catalog (both editions) that the source reported, in template order. */
    public Map<Table3Row, ApplicantCounts> reportedRows() {
        Map<Table3Row, ApplicantCounts> m = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.values()) {
            ApplicantCounts c = row(r);
            if (c.isReported()) {
                m.put(r, c);
            }
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** A copy with one row replaced. */
    public Table3 withRow(Table3Row row, ApplicantCounts counts) {
        Map<Table3Row, ApplicantCounts> m = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.values()) {
            m.put(r, row(r));
        }
        m.put(row, counts);
        return fromRows(m);
    }

    /**
     * Whether this table uses the 2019 single row （六）其他处理 instead of the 2021 breakdown.
     */
    public boolean usesSingleOtherHandlingRow() {
        return outcomes.otherHandling().total().isReported() && !outcomes.otherHandling().hasBreakdown();
    }

    /** The edition whose template matches this table's （六）rows, if it can tell. */
    public java.util.Optional<Edition> impliedEdition() {
        if (outcomes.otherHandling().hasBreakdown()) {
            return java.util.Optional.of(Edition.V2021);
        }
        if (outcomes.otherHandling().total().isReported()) {
            return java.util.Optional.of(Edition.V2019);
        }
        return java.util.Optional.empty();
    }

    static ApplicantCounts orNotReported(ApplicantCounts c) {
        return c == null ? ApplicantCounts.NOT_REPORTED : c;
    }

    /**
     * 三、本年度办理结果.
     *
     * @param disclosed          （一）予以公开
     * @param partiallyDisclosed （二）部分公开
     * @param withheld           （三）不予公开
     * @param unableToProvide    （四）无法提供
     * @param notProcessed       （五）不予处理
     * @param otherHandling      （六）其他处理
     * @param total              （七）总计
     */
    public record Outcomes(
            ApplicantCounts disclosed,
            ApplicantCounts partiallyDisclosed,
            Withheld withheld,
            UnableToProvide unableToProvide,
            NotProcessed notProcessed,
            OtherHandling otherHandling,
            ApplicantCounts total) {

        /** Normalizes {@code null} rows to "not reported". */
        public Outcomes {
            disclosed = orNotReported(disclosed);
            partiallyDisclosed = orNotReported(partiallyDisclosed);
            withheld = withheld == null ? Withheld.fromRows(Map.of()) : withheld;
            unableToProvide = unableToProvide == null ? UnableToProvide.fromRows(Map.of()) : unableToProvide;
            notProcessed = notProcessed == null ? NotProcessed.fromRows(Map.of()) : notProcessed;
            otherHandling = otherHandling == null ? OtherHandling.fromRows(Map.of()) : otherHandling;
            total = orNotReported(total);
        }

        /** Outcomes from rows addressed by the catalog. */
        public static Outcomes fromRows(Map<Table3Row, ApplicantCounts> rows) {
            return new Outcomes(rows.get(Table3Row.DISCLOSED), rows.get(Table3Row.PARTIALLY_DISCLOSED),
                    Withheld.fromRows(rows), UnableToProvide.fromRows(rows), NotProcessed.fromRows(rows),
                    OtherHandling.fromRows(rows), rows.get(Table3Row.OUTCOME_TOTAL));
        }

        /** The outcome row the catalog names. */
        public ApplicantCounts row(Table3Row row) {
            return switch (row) {
                case DISCLOSED -> disclosed;
                case PARTIALLY_DISCLOSED -> partiallyDisclosed;
                case OUTCOME_TOTAL -> total;
                case WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW, WITHHELD_SECURITY_STABILITY,
                        WITHHELD_THIRD_PARTY, WITHHELD_INTERNAL_AFFAIRS, WITHHELD_PROCESS_INFORMATION,
                        WITHHELD_ENFORCEMENT_FILES, WITHHELD_ADMINISTRATIVE_QUERY -> withheld.row(row);
                case UNABLE_NOT_HELD, UNABLE_NEEDS_CREATION, UNABLE_STILL_UNCLEAR -> unableToProvide.row(row);
                case NOT_PROCESSED_COMPLAINTS, NOT_PROCESSED_REPEATED, NOT_PROCESSED_PUBLICATIONS,
                        NOT_PROCESSED_EXCESSIVE, NOT_PROCESSED_CONFIRMATION -> notProcessed.row(row);
                case OTHER_HANDLING_TOTAL, OTHER_NO_CORRECTION, OTHER_UNPAID_FEES, OTHER_OTHER ->
                        otherHandling.row(row);
                default -> throw new IllegalArgumentException(row + " is not an outcome row");
            };
        }
    }

    /** （三）不予公开, eight reasons. */
    public record Withheld(
            ApplicantCounts stateSecret,
            ApplicantCounts prohibitedByLaw,
            ApplicantCounts securityAndStability,
            ApplicantCounts thirdPartyRights,
            ApplicantCounts internalAffairs,
            ApplicantCounts processInformation,
            ApplicantCounts enforcementFiles,
            ApplicantCounts administrativeQuery) {

        /** Normalizes {@code null} rows to "not reported". */
        public Withheld {
            stateSecret = orNotReported(stateSecret);
            prohibitedByLaw = orNotReported(prohibitedByLaw);
            securityAndStability = orNotReported(securityAndStability);
            thirdPartyRights = orNotReported(thirdPartyRights);
            internalAffairs = orNotReported(internalAffairs);
            processInformation = orNotReported(processInformation);
            enforcementFiles = orNotReported(enforcementFiles);
            administrativeQuery = orNotReported(administrativeQuery);
        }

        static Withheld fromRows(Map<Table3Row, ApplicantCounts> r) {
            return new Withheld(r.get(Table3Row.WITHHELD_STATE_SECRET), r.get(Table3Row.WITHHELD_PROHIBITED_BY_LAW),
                    r.get(Table3Row.WITHHELD_SECURITY_STABILITY), r.get(Table3Row.WITHHELD_THIRD_PARTY),
                    r.get(Table3Row.WITHHELD_INTERNAL_AFFAIRS), r.get(Table3Row.WITHHELD_PROCESS_INFORMATION),
                    r.get(Table3Row.WITHHELD_ENFORCEMENT_FILES), r.get(Table3Row.WITHHELD_ADMINISTRATIVE_QUERY));
        }

        /** The row the catalog names. */
        public ApplicantCounts row(Table3Row row) {
            return switch (row) {
                case WITHHELD_STATE_SECRET -> stateSecret;
                case WITHHELD_PROHIBITED_BY_LAW -> prohibitedByLaw;
                case WITHHELD_SECURITY_STABILITY -> securityAndStability;
                case WITHHELD_THIRD_PARTY -> thirdPartyRights;
                case WITHHELD_INTERNAL_AFFAIRS -> internalAffairs;
                case WITHHELD_PROCESS_INFORMATION -> processInformation;
                case WITHHELD_ENFORCEMENT_FILES -> enforcementFiles;
                case WITHHELD_ADMINISTRATIVE_QUERY -> administrativeQuery;
                default -> throw new IllegalArgumentException(row + " is not in （三）");
            };
        }
    }

    /** （四）无法提供, three reasons. */
    public record UnableToProvide(
            ApplicantCounts notHeld,
            ApplicantCounts needsCreation,
            ApplicantCounts stillUnclear) {

        /** Normalizes {@code null} rows to "not reported". */
        public UnableToProvide {
            notHeld = orNotReported(notHeld);
            needsCreation = orNotReported(needsCreation);
            stillUnclear = orNotReported(stillUnclear);
        }

        static UnableToProvide fromRows(Map<Table3Row, ApplicantCounts> r) {
            return new UnableToProvide(r.get(Table3Row.UNABLE_NOT_HELD), r.get(Table3Row.UNABLE_NEEDS_CREATION),
                    r.get(Table3Row.UNABLE_STILL_UNCLEAR));
        }

        /** The row the catalog names. */
        public ApplicantCounts row(Table3Row row) {
            return switch (row) {
                case UNABLE_NOT_HELD -> notHeld;
                case UNABLE_NEEDS_CREATION -> needsCreation;
                case UNABLE_STILL_UNCLEAR -> stillUnclear;
                default -> throw new IllegalArgumentException(row + " is not in （四）");
            };
        }
    }

    /** （五）不予处理, five reasons. */
    public record NotProcessed(
            ApplicantCounts complaints,
            ApplicantCounts repeated,
            ApplicantCounts publications,
            ApplicantCounts excessive,
            ApplicantCounts confirmation) {

        /** Normalizes {@code null} rows to "not reported". */
        public NotProcessed {
            complaints = orNotReported(complaints);
            repeated = orNotReported(repeated);
            publications = orNotReported(publications);
            excessive = orNotReported(excessive);
            confirmation = orNotReported(confirmation);
        }

        static NotProcessed fromRows(Map<Table3Row, ApplicantCounts> r) {
            return new NotProcessed(r.get(Table3Row.NOT_PROCESSED_COMPLAINTS), r.get(Table3Row.NOT_PROCESSED_REPEATED),
                    r.get(Table3Row.NOT_PROCESSED_PUBLICATIONS), r.get(Table3Row.NOT_PROCESSED_EXCESSIVE),
                    r.get(Table3Row.NOT_PROCESSED_CONFIRMATION));
        }

        /** The row the catalog names. */
        public ApplicantCounts row(Table3Row row) {
            return switch (row) {
                case NOT_PROCESSED_COMPLAINTS -> complaints;
                case NOT_PROCESSED_REPEATED -> repeated;
                case NOT_PROCESSED_PUBLICATIONS -> publications;
                case NOT_PROCESSED_EXCESSIVE -> excessive;
                case NOT_PROCESSED_CONFIRMATION -> confirmation;
                default -> throw new IllegalArgumentException(row + " is not in （五）");
            };
        }
    }

    /**
     * （六）其他处理. The 2021 edition has three sub-rows and no row of its own; the 2019 edition has the single row
     * {@code total}. A 2021-era report that still used the 2019 row keeps {@code total} reported and the breakdown
     * not reported: the breakdown is never invented.
     *
     * @param total        the 2019 single row （六）其他处理
     * @param noCorrection 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请
     * @param unpaidFees   2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请
     * @param other        3.其他
     */
    public record OtherHandling(
            ApplicantCounts total,
            ApplicantCounts noCorrection,
            ApplicantCounts unpaidFees,
            ApplicantCounts other) {

        /** Normalizes {@code null} rows to "not reported". */
        public OtherHandling {
            total = orNotReported(total);
            noCorrection = orNotReported(noCorrection);
            unpaidFees = orNotReported(unpaidFees);
            other = orNotReported(other);
        }

        static OtherHandling fromRows(Map<Table3Row, ApplicantCounts> r) {
            return new OtherHandling(r.get(Table3Row.OTHER_HANDLING_TOTAL), r.get(Table3Row.OTHER_NO_CORRECTION),
                    r.get(Table3Row.OTHER_UNPAID_FEES), r.get(Table3Row.OTHER_OTHER));
        }

        /** Whether any row of the 2021 breakdown was reported. */
        public boolean hasBreakdown() {
            return noCorrection.isReported() || unpaidFees.isReported() || other.isReported();
        }

        /** The row the catalog names. */
        public ApplicantCounts row(Table3Row row) {
            return switch (row) {
                case OTHER_HANDLING_TOTAL -> total;
                case OTHER_NO_CORRECTION -> noCorrection;
                case OTHER_UNPAID_FEES -> unpaidFees;
                case OTHER_OTHER -> other;
                default -> throw new IllegalArgumentException(row + " is not in （六）");
            };
        }
    }
}
