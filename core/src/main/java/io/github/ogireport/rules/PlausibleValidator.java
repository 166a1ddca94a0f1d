package io.github.ogireport.rules;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.TableId;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRow;
import io.github.ogireport.model.StatisticsPeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Validates {@link Plausible}: warnings for data that is suspicious but not impossible. */
public final class PlausibleValidator implements ConstraintValidator<Plausible, AnnualReport> {

    @Override
    public boolean isValid(AnnualReport report, ConstraintValidatorContext context) {
        if (report == null) {
            return true;
        }
        boolean valid = true;
        Optional<Integer> year = report.metadata().reportYear();
        if (year.isPresent()) {
            int current = Year.now(context.getClockProvider().getClock()).getValue();
            if (year.get() > current) {
                warn(context, RuleId.YEAR_IN_FUTURE, "metadata", "reportYear", "≤ " + current,
                        String.valueOf(year.get()));
                valid = false;
            }
            Optional<StatisticsPeriod> period = report.metadata().statisticsPeriod();
            if (period.isPresent() && !period.get().isCalendarYear(year.get())) {
                warn(context, RuleId.PERIOD_NOT_REPORT_YEAR, "metadata", "statisticsPeriod",
                        year.get() + "-01-01/" + year.get() + "-12-31", period.get().from() + "/" + period.get().to());
                valid = false;
            }
            if (year.get() >= 2019) {
                Edition prescribed = Edition.forReportYear(year.get());
                if (prescribed != report.edition()) {
                    warn(context, RuleId.EDITION_MISMATCH, "metadata", "edition", prescribed.id(),
                            report.edition().id());
                    valid = false;
                }
            }
        }
        if (noNumberInTables(report)) {
            warn(context, RuleId.ALL_BLANK, null, null, null, null);
            valid = false;
        }
        return valid;
    }

    private static boolean noNumberInTables(AnnualReport report) {
        for (CatalogRow row : Catalog.rows(report.edition())) {
            if (row.table() == TableId.FEES) {
                continue;
            }
            CellRow cells = switch (row.table()) {
                case TABLE2 -> report.table2().row((io.github.ogireport.catalog.Table2Row) row);
                case TABLE3 -> report.table3().row((io.github.ogireport.catalog.Table3Row) row);
                case TABLE4 -> report.table4().row((io.github.ogireport.catalog.Table4Row) row);
                case FEES -> report.fees();
            };
            for (Cell c : cells.cells()) {
                if (c.isNumber()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void warn(ConstraintValidatorContext context, RuleId rule, String node, String leaf,
            String expected, String actual) {
        HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
        context.disableDefaultConstraintViolation();
        Map<String, Object> params = new HashMap<>();
        params.put("expected", expected == null ? "" : expected);
        params.put("actual", actual == null ? "" : actual);
        params.forEach(h::addMessageParameter);
        h.withDynamicPayload(new FindingDetail(rule, Severity.WARNING, Optional.empty(), Optional.ofNullable(expected),
                Optional.ofNullable(actual), params));
        var b = h.buildConstraintViolationWithTemplate("{" + rule.messageKey() + "}");
        if (node == null) {
            b.addConstraintViolation();
        } else {
            b.addPropertyNode(node).addPropertyNode(leaf).addConstraintViolation();
        }
    }
}
