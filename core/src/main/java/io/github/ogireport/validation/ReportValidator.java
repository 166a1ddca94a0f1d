package io.github.ogireport.validation;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.rules.Accounting;
import io.github.ogireport.rules.Check;
import io.github.ogireport.rules.FindingDetail;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.rules.Severity;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Validates reports against every rule of the format and returns immutable {@link ValidationReport}s.
 *
 * <p>One instance holds one Bean Validation factory; it is thread-safe and meant to be created once and shared.
 * Close it when done to release the factory.
 *
 * <pre>{@code
 * try (ReportValidator validator = ReportValidator.create()) {
 *     ValidationReport result = validator.validate(report);
 *     result.findings().forEach(f -> System.out.println(f.ruleId() + " " + f.path() + " " + f.message()));
 * }
 * }</pre>
 */
public final class ReportValidator implements AutoCloseable {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final ValidatorFactory factory;
    private final Validator validator;
    private final MessageInterpolator interpolator;

    private ReportValidator(Clock clock) {
        this.factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .clockProvider(() -> clock)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
        this.interpolator = factory.getMessageInterpolator();
    }

    /** A validator using the system clock (for the future-year check). */
    public static ReportValidator create() {
        return new ReportValidator(Clock.systemDefaultZone());
    }

    /** A validator using the given clock (for the future-year check). */
    public static ReportValidator create(Clock clock) {
        return new ReportValidator(Objects.requireNonNull(clock, "clock"));
    }

    /** The underlying Bean Validation validator, for embedding the constraints in other validations. */
    public Validator beanValidator() {
        return validator;
    }

    /**
     * Validates one report against the hard rules (T3-BALANCE, T3-ROW-TOTAL, T3-OUTCOME-TOTAL, T4-TOTAL,
     * NON-NEGATIVE) and the plausibility warnings.
     *
     * @param report the report
     * @return the findings, in template order of the cells
     */
    public ValidationReport validate(AnnualReport report) {
        Objects.requireNonNull(report, "report");
        Set<ConstraintViolation<AnnualReport>> violations = validator.validate(report);
        List<Finding> findings = new ArrayList<>(violations.size());
        for (ConstraintViolation<AnnualReport> v : violations) {
            findings.add(toFinding(v, report.edition()));
        }
        return new ValidationReport(sorted(findings, report.edition()));
    }

    /**
     * Checks the series rules SERIES-CARRY and SERIES-STOCK on two reports of one agency, year N-1 and year N. They
     * are warnings: evaluators use them, the template does not state them. A check whose cells were only partly
     * reported gives a {@code PLAUS-INCOMPLETE} warning.
     *
     * @param previous the report of year N-1
     * @param current  the report of year N
     * @return the findings, on the cells of {@code current}
     * @throws IllegalArgumentException if both reports state their year and they are not consecutive
     */
    public ValidationReport validateSeries(AnnualReport previous, AnnualReport current) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(current, "current");
        Optional<Integer> prevYear = previous.metadata().reportYear();
        Optional<Integer> curYear = current.metadata().reportYear();
        if (prevYear.isPresent() && curYear.isPresent() && prevYear.get() + 1 != curYear.get()) {
            throw new IllegalArgumentException("the series rules compare year N-1 with year N, got "
                    + prevYear.get() + " and " + curYear.get());
        }
        List<Check> checks = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            checks.add(Accounting.seriesCarry(previous.table3(), current.table3(), c));
        }
        for (Table2Row r : List.of(Table2Row.RULES_2021, Table2Row.NORMATIVE_DOCUMENTS_2021)) {
            Accounting.seriesStock(previous.table2(), current.table2(), r).ifPresent(checks::add);
        }
        List<Finding> findings = new ArrayList<>();
        for (Check c : checks) {
            Map<String, Object> params = cellParams(c.target());
            if (c.violated()) {
                params.put("expected", c.expectedText());
                params.put("actual", c.actualText());
                findings.add(new Finding(c.rule().id(), c.rule().defaultSeverity(), c.target().pointer(),
                        Optional.of(c.target().labelZh()), Optional.of(c.target().labelEn()),
                        Optional.of(c.expectedText()), Optional.of(c.actualText()), interpolate(c.rule(), params, ZH),
                        interpolate(c.rule(), params, EN)));
            } else if (!c.checkable() && c.notReported().size() < c.cells().size()) {
                params.put("rule", c.rule().id());
                params.put("missingZh", c.notReported().stream().map(CellRef::labelZh)
                        .collect(java.util.stream.Collectors.joining("、")));
                params.put("missingEn", c.notReported().stream().map(CellRef::labelEn)
                        .collect(java.util.stream.Collectors.joining("; ")));
                findings.add(new Finding(RuleId.INCOMPLETE.id(), Severity.WARNING, c.target().pointer(),
                        Optional.of(c.target().labelZh()), Optional.of(c.target().labelEn()), Optional.empty(),
                        Optional.empty(), interpolate(RuleId.INCOMPLETE, params, ZH),
                        interpolate(RuleId.INCOMPLETE, params, EN)));
            }
        }
        return new ValidationReport(sorted(findings, current.edition()));
    }

    /** Releases the Bean Validation factory. */
    @Override
    public void close() {
        factory.close();
    }

    private Finding toFinding(ConstraintViolation<AnnualReport> v, Edition edition) {
        String pointer = pointerOf(v.getPropertyPath());
        Optional<CellRef> cell = Catalog.cellAt(pointer, edition);
        @SuppressWarnings("unchecked")
        HibernateConstraintViolation<AnnualReport> hv = v.unwrap(HibernateConstraintViolation.class);
        FindingDetail detail = hv.getDynamicPayload(FindingDetail.class);
        if (detail == null) {
            // a constraint that is not ogi-report's own (e.g. a user's, on a subclass-free embedding)
            String msg = v.getMessage();
            return new Finding("CONSTRAINT", Severity.ofPayload(v.getConstraintDescriptor().getPayload()), pointer,
                    cell.map(CellRef::labelZh), cell.map(CellRef::labelEn), Optional.empty(), Optional.empty(), msg,
                    msg);
        }
        if (detail.cell().isPresent()) {
            cell = detail.cell();
        }
        Map<String, Object> params = new HashMap<>(detail.messageParameters());
        cell.ifPresent(c -> params.putAll(cellParams(c)));
        String template = v.getMessageTemplate();
        Severity severity = detail.severity() == Severity.ERROR
                ? Severity.ofPayload(v.getConstraintDescriptor().getPayload()) : detail.severity();
        return new Finding(detail.rule().id(), severity, pointer, cell.map(CellRef::labelZh),
                cell.map(CellRef::labelEn), detail.expected(), detail.actual(),
                interpolator.interpolate(template, new Context(v, params), ZH),
                interpolator.interpolate(template, new Context(v, params), EN));
    }

    private String interpolate(RuleId rule, Map<String, Object> params, Locale locale) {
        return interpolator.interpolate("{" + rule.messageKey() + "}", new Context(null, params), locale);
    }

    private static Map<String, Object> cellParams(CellRef c) {
        Map<String, Object> m = new HashMap<>();
        m.put("cellZh", c.labelZh());
        m.put("cellEn", c.labelEn());
        return m;
    }

    private static String pointerOf(Path path) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node n : path) {
            if (n.getName() != null) {
                sb.append('/').append(n.getName());
            }
        }
        return sb.toString();
    }

    private static final Map<Edition, Map<String, Integer>> CELL_ORDER = cellOrder();

    private static Map<Edition, Map<String, Integer>> cellOrder() {
        Map<Edition, Map<String, Integer>> m = new java.util.EnumMap<>(Edition.class);
        for (Edition e : Edition.values()) {
            Map<String, Integer> order = new HashMap<>();
            List<CellRef> cells = Catalog.cells(e);
            for (int i = 0; i < cells.size(); i++) {
                order.put(cells.get(i).pointer(), i);
            }
            m.put(e, Map.copyOf(order));
        }
        return m;
    }

    private static List<Finding> sorted(List<Finding> findings, Edition edition) {
        if (findings.size() < 2) {
            return findings;
        }
        Map<String, Integer> order = CELL_ORDER.get(edition);
        findings.sort(Comparator
                .comparing((Finding f) -> order.getOrDefault(f.path(), Integer.MAX_VALUE))
                .thenComparing(Finding::path)
                .thenComparing(Finding::ruleId)
                .thenComparing((Finding f) -> f.message()));
        return findings;
    }

    /** Interpolation context carrying ogi-report's message parameters. */
    private static final class Context implements HibernateMessageInterpolatorContext {
        private final ConstraintViolation<?> violation;
        private final Map<String, Object> params;

        Context(ConstraintViolation<?> violation, Map<String, Object> params) {
            this.violation = violation;
            this.params = Map.copyOf(params);
        }

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation == null ? null : violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation == null ? null : violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new jakarta.validation.ValidationException("cannot unwrap to " + type.getName());
        }

        @Override
        public Class<?> getRootBeanType() {
            return violation == null ? AnnualReport.class : violation.getRootBeanClass();
        }

        @Override
        public Map<String, Object> getMessageParameters() {
            return params;
        }

        @Override
        public Map<String, Object> getExpressionVariables() {
            return Map.of();
        }

        @Override
        public Path getPropertyPath() {
            return violation == null ? null : violation.getPropertyPath();
        }

        @Override
        public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
            return ExpressionLanguageFeatureLevel.NONE;
        }
    }
}
