package io.github.ogireport.testkit.internal;

import io.github.ogireport.catalog.Edition;
import java.util.Optional;

/**
 * What a generated report may contain; the immutable configuration behind
 * {@link io.github.ogireport.testkit.ReportArbitrary}.
 *
 * @param edition       the edition, or any
 * @param blanks        some zeros written as blanks or placeholders
 * @param missingRows   some rows not reported
 * @param extras        extra content kept in {@code extras}
 * @param fees          a fee block (2021 edition only)
 * @param plainText     narratives without tabs, newlines, {@code |}, {@code <}, {@code &}
 * @param otherHandling how table 3's （六） is reported
 */
public record ReportSpec(Optional<Edition> edition, boolean blanks, boolean missingRows, boolean extras, boolean fees,
        boolean plainText, OtherHandlingForm otherHandling) {

    /** How table 3's （六）其他处理 is reported. */
    public enum OtherHandlingForm {
        /** The edition's template, a 2021-era report sometimes keeping the 2019 single row. */
        ANY,
        /** The 2021 breakdown (forces the 2021 edition). */
        BREAKDOWN,
        /** The 2019 single row (either edition). */
        SINGLE
    }

    /** Normalizes {@code null}. */
    public ReportSpec {
        edition = edition == null ? Optional.empty() : edition;
        otherHandling = otherHandling == null ? OtherHandlingForm.ANY : otherHandling;
    }

    /** The default: any edition, every row reported, numbers everywhere, rich text. */
    public static ReportSpec defaults() {
        return new ReportSpec(Optional.empty(), false, false, false, false, false, OtherHandlingForm.ANY);
    }

    /** A copy with the edition. */
    public ReportSpec withEdition(Edition e) {
        return new ReportSpec(Optional.of(e), blanks, missingRows, extras, fees, plainText, otherHandling);
    }

    /** A copy with blanks. */
    public ReportSpec withBlanks(boolean v) {
        return new ReportSpec(edition, v, missingRows, extras, fees, plainText, otherHandling);
    }

    /** A copy with missing rows. */
    public ReportSpec withMissingRows(boolean v) {
        return new ReportSpec(edition, blanks, v, extras, fees, plainText, otherHandling);
    }

    /** A copy with extras. */
    public ReportSpec withExtras(boolean v) {
        return new ReportSpec(edition, blanks, missingRows, v, fees, plainText, otherHandling);
    }

    /** A copy with fees. */
    public ReportSpec withFees(boolean v) {
        return new ReportSpec(edition, blanks, missingRows, extras, v, plainText, otherHandling);
    }

    /** A copy with plain text. */
    public ReportSpec withPlainText(boolean v) {
        return new ReportSpec(edition, blanks, missingRows, extras, fees, v, otherHandling);
    }

    /** A copy with the form of （六）. */
    public ReportSpec withOtherHandling(OtherHandlingForm v) {
        return new ReportSpec(edition, blanks, missingRows, extras, fees, plainText, v);
    }
}
