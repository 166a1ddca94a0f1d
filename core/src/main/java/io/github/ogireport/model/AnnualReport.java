package io.github.ogireport.model;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.rules.Plausible;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Objects;

/**
 * One annual report on open government information work (政府信息公开工作年度报告), immutable.
 *
 * <p>Build one with {@link #builder(ReportMetadata)}, read one with the parsers, or deserialize one from the
 * canonical JSON ({@link io.github.ogireport.json.ReportJson}).
 *
 * @param metadata     title, agency, year, edition, statistics period, publication date, contact block
 * @param preamble     text before section 一 (besides the title)
 * @param overview     一、总体情况
 * @param table2       二、主动公开政府信息情况
 * @param table3       三、收到和处理政府信息公开申请情况
 * @param table4       四、政府信息公开行政复议、行政诉讼情况
 * @param problems     五、存在的主要问题及改进情况
 * @param otherMatters 六、其他需要报告的事项
 * @param fees         the information-processing-fee figures, {@link FeeBlock#NOT_REPORTED} if absent
 * @param extras       content the format does not name, kept verbatim in source order
 */
@Plausible
public record AnnualReport(
        ReportMetadata metadata,
        Narrative preamble,
        Narrative overview,
        @Valid Table2 table2,
        @Valid Table3 table3,
        @Valid Table4 table4,
        Narrative problems,
        Narrative otherMatters,
        @Valid FeeBlock fees,
        List<ExtraContent> extras) {

    /**
     * Normalizes absent parts: empty narratives, "not reported" tables and fee block, no extras.
     *
     * @throws NullPointerException     if metadata is null
     * @throws IllegalArgumentException if table 2's edition differs from the metadata's
     */
    public AnnualReport {
        Objects.requireNonNull(metadata, "metadata");
        preamble = preamble == null ? Narrative.EMPTY : preamble;
        overview = overview == null ? Narrative.EMPTY : overview;
        table2 = table2 == null ? Table2.notReported(metadata.edition()) : table2;
        table3 = table3 == null ? Table3.notReported() : table3;
        table4 = table4 == null ? Table4.notReported() : table4;
        problems = problems == null ? Narrative.EMPTY : problems;
        otherMatters = otherMatters == null ? Narrative.EMPTY : otherMatters;
        fees = fees == null ? FeeBlock.NOT_REPORTED : fees;
        extras = extras == null ? List.of() : List.copyOf(extras);
        if (table2.edition() != metadata.edition()) {
            throw new IllegalArgumentException("table 2 is of the " + table2.edition().id()
                    + " edition but the report is of the " + metadata.edition().id() + " edition");
        }
    }

    /** The edition of the report's layout. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Edition edition() {
        return metadata.edition();
    }

    /** A builder starting from metadata; every part not set is absent. */
    public static Builder builder(ReportMetadata metadata) {
        return new Builder(metadata);
    }

    /** A builder with this report's parts. */
    public Builder toBuilder() {
        return new Builder(metadata).preamble(preamble).overview(overview).table2(table2).table3(table3)
                .table4(table4).problems(problems).otherMatters(otherMatters).fees(fees).extras(extras);
    }

    /** Builds an {@link AnnualReport}; not thread-safe, use one per thread. */
    public static final class Builder {
        private ReportMetadata metadata;
        private Narrative preamble;
        private Narrative overview;
        private Table2 table2;
        private Table3 table3;
        private Table4 table4;
        private Narrative problems;
        private Narrative otherMatters;
        private FeeBlock fees;
        private List<ExtraContent> extras;

        private Builder(ReportMetadata metadata) {
            this.metadata = Objects.requireNonNull(metadata, "metadata");
        }

        /** Sets the metadata. */
        public Builder metadata(ReportMetadata v) {
            this.metadata = Objects.requireNonNull(v, "metadata");
            return this;
        }

        /** Sets the preamble. */
        public Builder preamble(Narrative v) {
            this.preamble = v;
            return this;
        }

        /** Sets section 一. */
        public Builder overview(Narrative v) {
            this.overview = v;
            return this;
        }

        /** Sets table 2. */
        public Builder table2(Table2 v) {
            this.table2 = v;
            return this;
        }

        /** Sets table 3. */
        public Builder table3(Table3 v) {
            this.table3 = v;
            return this;
        }

        /** Sets table 4. */
        public Builder table4(Table4 v) {
            this.table4 = v;
            return this;
        }

        /** Sets section 五. */
        public Builder problems(Narrative v) {
            this.problems = v;
            return this;
        }

        /** Sets section 六. */
        public Builder otherMatters(Narrative v) {
            this.otherMatters = v;
            return this;
        }

        /** Sets the fee block. */
        public Builder fees(FeeBlock v) {
            this.fees = v;
            return this;
        }

        /** Sets the extra content. */
        public Builder extras(List<ExtraContent> v) {
            this.extras = v;
            return this;
        }

        /** Builds the report. */
        public AnnualReport build() {
            return new AnnualReport(metadata, preamble, overview, table2, table3, table4, problems, otherMatters,
                    fees, extras);
        }
    }
}
