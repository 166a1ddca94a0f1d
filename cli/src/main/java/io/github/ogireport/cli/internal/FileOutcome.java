package io.github.ogireport.cli.internal;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.validation.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What validating one file gave.
 *
 * @param path        the file
 * @param status      valid, invalid, unreadable or skipped
 * @param format      the format it was read as, empty if unreadable
 * @param agency      the agency, if the report names it
 * @param year        the report year, if known
 * @param edition     the edition id, empty if unreadable
 * @param diagnostics the parse diagnostics (for an unreadable file: the reader's, if it gave any)
 * @param findings    the validation findings
 * @param error       why the file could not be read or was skipped, in Chinese; empty if it was read
 * @param errorEn     the same in English
 */
public record FileOutcome(Path path, Status status, Optional<String> format, Optional<String> agency,
        Optional<Integer> year, Optional<String> edition, List<Diagnostic> diagnostics, List<Finding> findings,
        Optional<String> error, Optional<String> errorEn) {

    /** The status of a file. */
    public enum Status {
        /** Read, and no error finding or error diagnostic. */
        VALID,
        /** Read, with at least one error finding or error diagnostic. */
        INVALID,
        /** Could not be read or parsed. */
        UNREADABLE,
        /**
         * Found in a folder but holds no report: the reader found none of the template's tables and sections in it
         * (e.g. a README next to the reports). Listed, but not a failure. A file named on the command line is
         * never skipped: it is unreadable instead.
         */
        SKIPPED
    }

    /** Copies the lists. */
    public FileOutcome {
        diagnostics = List.copyOf(diagnostics);
        findings = List.copyOf(findings);
    }

    /** A file that holds no report. */
    public static FileOutcome skipped(Path path, String reason, String reasonEn, List<Diagnostic> diagnostics) {
        return new FileOutcome(path, Status.SKIPPED, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), diagnostics, List.of(), Optional.of(reason), Optional.of(reasonEn));
    }

    /** An unreadable file. */
    public static FileOutcome unreadable(Path path, String error, String errorEn, List<Diagnostic> diagnostics) {
        return new FileOutcome(path, Status.UNREADABLE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), diagnostics, List.of(), Optional.of(error), Optional.of(errorEn));
    }
}
