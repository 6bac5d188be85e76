package io.github.outturn.validation;

import io.github.outturn.finance.FinancePolicy;
import io.github.outturn.io.Quote;
import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Area;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.Codes;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Target;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.ReportingPeriod;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.numbers.fraction.Fraction;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Checks a dataset against every rule of the model, the Jakarta constraints on each object and the
 * rules that span objects, and returns every violation at once.
 *
 * <p>Rules that span objects: ids are unique; every reference names a known id (areas are checked
 * when the dataset lists any); explicit action weights are positive and sum to 1; an action lists a
 * priority once; a proportion's numerator is not above its denominator; confidence limits are in
 * order and contain the value; a band's lower end is not above its upper end; an explicit Amber
 * threshold lies on the worse side of its target; observations and targets have periods that fit
 * the indicator's frequency (a target may also be for the whole year); there is one observation per
 * indicator, area and period, one target per indicator, period and area, and one rating per action
 * and review period; a no-judgement indicator has no targets; printed percentages are not negative
 * (one above 100 is a slip for reconciliation to find); a proportion's denominator is above 0; a band
 * target has the end its indicator's polarity is rated against; no area is its own region, directly or
 * through others; a printed total is not negative; every date and period lies between {@link
 * #EARLIEST} and {@link #LATEST} (1900 to 2199); and the finance rules of docs/finance.md (one
 * currency, one budget line per service per period, forecasts within their year, savings not forecast
 * above their requirement unless the finance policy allows it); and the rules for the dates of
 * actions and their milestones (per cent complete 0 to 100, milestones within the plan's span, nothing
 * done after the reporting date: {@link #withReportingDate}). Numbers need no check here: the model refuses any
 * outside {@link io.github.outturn.model.DecimalRange} when it is built.
 *
 * <pre>{@code
 * DatasetValidator validator = DatasetValidator.create();
 * ValidationReport report = validator.validate(dataset);
 * report.toString();
 * // actions[4].weights "1/2;1/3": the weights sum to 5/6; they must sum to 1
 * // observations[12].numerator "441": the numerator is above the denominator 400 of a proportion
 * }</pre>
 *
 * <p>Hibernate Validator is the provider, with {@link ParameterMessageInterpolator}, so no
 * expression-language implementation is needed. Creating a validator is costly; one instance is
 * immutable and thread-safe and can be shared.
 */
public final class DatasetValidator {

    /** The earliest day a date or a period of a dataset may fall on. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** The last day a date or a period of a dataset may fall on. */
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private final Validator beans;
    private final FinancePolicy financePolicy;
    private final Optional<LocalDate> reportingDate;

    private DatasetValidator(Validator beans, FinancePolicy financePolicy, Optional<LocalDate> reportingDate) {
        this.beans = beans;
        this.financePolicy = financePolicy;
        this.reportingDate = reportingDate;
    }

    /**
     * A copy of this validator that checks the dates milestones were done and actions completed
     * against a reporting date: none may be after it. Without one, the reporting date is the last day
     * of the latest review period the dataset's action updates name.
     *
     * @param date the reporting date
     * @return the copy
     */
    public DatasetValidator withReportingDate(LocalDate date) {
        return new DatasetValidator(beans, financePolicy, Optional.of(java.util.Objects.requireNonNull(date, "date")));
    }

    /**
     * A copy of this validator that checks finance data against a finance policy other than the
     * default (which decides whether a saving may be forecast above its requirement).
     *
     * @param policy the finance policy
     * @return the copy
     */
    public DatasetValidator withFinancePolicy(FinancePolicy policy) {
        return new DatasetValidator(beans, java.util.Objects.requireNonNull(policy, "policy"), reportingDate);
    }

    /**
     * A validator using Hibernate Validator without an expression-language implementation.
     *
     * <p>Logs nothing: Hibernate Validator announces its version at INFO ({@code HV000001}) the first
     * time it starts, which through {@code java.util.logging} would reach the embedding application's
     * console. While this method starts it, the one logger of that announcement is set to WARNING,
     * and is given back its own level afterwards; no other logging setting is touched. (Where JBoss
     * Logging finds Log4j 2 or Logback instead, the application's own configuration decides.)
     */
    public static DatasetValidator create() {
        Logger banner = Logger.getLogger(VERSION_LOGGER);
        Level own = banner.getLevel();
        banner.setLevel(Level.WARNING);
        try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .getterPropertySelectionStrategy(new Accessors())
                .buildValidatorFactory()) {
            return new DatasetValidator(factory.getValidator(), FinancePolicy.defaults(), Optional.empty());
        } finally {
            banner.setLevel(own);
        }
    }

    /**
     * Record-style accessors are the model's properties: {@code id()} is property {@code id}, as
     * {@code getId()} is to a JavaBean, so the constraints on the value types' accessors are seen.
     */
    static final class Accessors implements GetterPropertySelectionStrategy {
        private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            return executable.getParameterTypes().length == 0
                            && executable.getReturnType() != void.class
                            && !NOT_PROPERTIES.contains(executable.getName())
                    ? Optional.of(executable.getName())
                    : Optional.empty();
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }

    /** The logger Hibernate Validator announces its version through. */
    static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

    /**
     * Every violation in the dataset.
     *
     * @param dataset the dataset
     * @return the report, empty when the dataset is valid
     */
    public ValidationReport validate(Dataset dataset) {
        Check check = new Check(dataset);
        dataset.plan().ifPresent(plan -> {
            check.beans("plan", plan);
            plan.start().ifPresent(start -> check.when("plan.start", start));
            plan.end().ifPresent(end -> check.when("plan.end", end));
            if (plan.start().isPresent()
                    && plan.end().isPresent()
                    && plan.start().get().start().isAfter(plan.end().get().start())) {
                check.add(
                        "plan.end",
                        plan.end().get(),
                        "the plan ends before it starts (" + plan.start().get() + ")");
            }
        });
        check.collection("themes", dataset.themes(), t -> t.id(), (path, t) -> {});
        Set<String> themeIds = ids(dataset.themes(), t -> t.id());
        Set<String> priorityIds = ids(dataset.priorities(), p -> p.id());
        check.collection(
                "priorities",
                dataset.priorities(),
                p -> p.id(),
                (path, p) -> p.themeId().ifPresent(id -> check.reference(path + ".themeId", id, themeIds, "theme")));
        Set<String> actionIds = ids(dataset.actions(), a -> a.id());
        check.collection("actions", dataset.actions(), a -> a.id(), (path, a) -> check.action(path, a, priorityIds));
        check.collection("actionUpdates", dataset.actionUpdates(), u -> updateKey(u), (path, u) -> {
            check.reference(path + ".actionId", u.actionId(), actionIds, "action");
            check.when(path + ".period", u.period());
            u.updatedOn().ifPresent(on -> check.when(path + ".updatedOn", on, on.getYear(), on.getYear()));
        });
        check.collection(
                "indicators",
                dataset.indicators(),
                i -> i.id(),
                (path, i) -> i.priorityIds()
                        .forEach(id -> check.reference(path + ".priorityIds", id, priorityIds, "priority")));
        check.collection("targets", dataset.targets(), t -> targetKey(t), (path, t) -> check.target(path, t));
        check.collection(
                "observations",
                dataset.observations(),
                o -> observationKey(o),
                (path, o) -> check.observation(path, o));
        check.collection(
                "areas",
                dataset.areas(),
                a -> a.code(),
                (path, a) -> a.regionCode().ifPresent(code -> check.area(path + ".regionCode", code)));
        check.regions();
        check.collection(
                "comparatorGroups", dataset.comparatorGroups(), g -> g.id(), (path, g) -> check.group(path, g));
        Set<String> groupIds = ids(dataset.comparatorGroups(), g -> g.id());
        check.collection(
                "benchmarks", dataset.benchmarks(), b -> null, (path, b) -> check.benchmark(path, b, groupIds));
        check.collection(
                "reported", dataset.reported(), r -> null, (path, r) -> check.reported(path, r, priorityIds, themeIds));
        check.collection(
                "budgetLines", dataset.budgetLines(), l -> null, (path, l) -> check.when(path + ".period", l.period()));
        check.collection(
                "savings", dataset.savings(), s -> null, (path, s) -> check.when(path + ".period", s.period()));
        check.collection(
                "ageBandCounts",
                dataset.ageBandCounts(),
                c -> c.indicatorId() + " for " + c.areaCode() + " in " + c.period() + ", band " + c.band(),
                (path, c) -> {
                    check.area(path + ".areaCode", c.areaCode());
                    check.when(path + ".period", c.period());
                });
        check.violations.addAll(AgeBandChecks.check(dataset));
        check.violations.addAll(FinanceChecks.check(dataset, financePolicy));
        check.violations.addAll(ActionDateChecks.check(dataset, reportingDate));
        return ValidationReport.of(check.violations);
    }

    /**
     * The Jakarta constraint violations of one object, such as an {@link Indicator}, with paths
     * relative to it.
     */
    public ValidationReport validateObject(Object object) {
        Check check = new Check(Dataset.builder().build());
        check.beans("", object);
        return ValidationReport.of(check.violations);
    }

    private static String updateKey(ActionUpdate u) {
        return u.actionId() + " for " + u.period();
    }

    private static String targetKey(Target t) {
        return t.indicatorId() + " for " + t.period()
                + t.areaCode().map(a -> " in " + a).orElse("");
    }

    private static ObservationKey observationKey(Observation o) {
        return new ObservationKey(o.indicatorId(), o.areaCode(), o.period());
    }

    /**
     * What makes an observation unique, read as "ks2-rwm for 356 in 2019/20" in a message. Not text:
     * joined into one string, LAIT's 580,000 keys cost a string each and collided in the hash map
     * (ids and codes differing in a character or two), so the hash mixes the three parts' own.
     */
    private record ObservationKey(String indicatorId, String areaCode, ReportingPeriod period) {
        @Override
        public int hashCode() {
            return mix(mix(mix(indicatorId.hashCode()) + areaCode.hashCode()) + period.hashCode());
        }

        /** MurmurHash3's finaliser: every bit of the input reaches every bit of the result. */
        private static int mix(int h) {
            h = (h ^ (h >>> 16)) * 0x85EBCA6B;
            h = (h ^ (h >>> 13)) * 0xC2B2AE35;
            return h ^ (h >>> 16);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ObservationKey k
                    && indicatorId.equals(k.indicatorId)
                    && areaCode.equals(k.areaCode)
                    && period.equals(k.period);
        }

        @Override
        public String toString() {
            return indicatorId + " for " + areaCode + " in " + period;
        }
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(id.apply(item)));
        return ids;
    }

    /** One validation run: the dataset and the violations found so far. */
    private final class Check {
        private final Dataset dataset;
        private final List<Violation> violations = new ArrayList<>();
        private final Set<String> areaCodes;
        private final BeanChecks beanChecks = new BeanChecks(beans);

        Check(Dataset dataset) {
            this.dataset = dataset;
            this.areaCodes = ids(dataset.areas(), a -> a.code());
        }

        void add(String path, Object value, String message) {
            violations.add(Violation.of(path, value, message));
        }

        interface Rules<T> {
            void check(String path, T item);
        }

        <T> void collection(String name, List<T> items, Function<T, ?> key, Rules<T> rules) {
            Map<Object, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                String path = name + "[" + i + "]";
                beans(path, item);
                Object k = key.apply(item);
                if (k != null) {
                    Integer first = firstIndex.putIfAbsent(k, i);
                    if (first != null) {
                        add(path, k, "duplicates " + name + "[" + first + "]: each must be unique");
                    }
                }
                rules.check(path, item);
            }
        }

        void beans(String path, Object bean) {
            for (ConstraintViolation<Object> v : beanChecks.validate(bean)) {
                String property = propertyPath(v.getPropertyPath());
                String full = path.isEmpty() ? property : property.isEmpty() ? path : path + "." + property;
                add(full, v.getInvalidValue(), v.getMessage());
            }
        }

        void reference(String path, String id, Set<String> known, String what) {
            if (!known.contains(id)) {
                add(path, id, "no " + what + " has this id");
            }
        }

        void area(String path, String code) {
            if (!areaCodes.isEmpty() && !areaCodes.contains(code)) {
                add(path, code, "no area has this code");
            }
        }

        Optional<Indicator> indicator(String path, String id) {
            Optional<Indicator> indicator = dataset.findIndicator(id);
            if (indicator.isEmpty()) {
                add(path, id, "no indicator has this id");
            }
            return indicator;
        }

        void action(String path, Action a, Set<String> priorityIds) {
            Set<String> seen = new HashSet<>();
            for (String id : a.priorityIds()) {
                reference(path + ".priorityIds", id, priorityIds, "priority");
                if (!seen.add(id)) {
                    add(path + ".priorityIds", id, "the action is linked to this priority more than once");
                }
            }
            if (!a.weights().isEmpty()) {
                Fraction sum = Fraction.ZERO;
                for (Fraction w : a.weights()) {
                    sum = sum.add(w);
                    if (w.signum() <= 0) {
                        add(path + ".weights", w, "a weight must be above 0");
                    }
                }
                if (!sum.equals(Fraction.ONE)) {
                    add(
                            path + ".weights",
                            weightsText(a.weights()),
                            "the weights sum to " + sum + "; they must sum to 1");
                }
            }
        }

        void target(String path, Target t) {
            Optional<Indicator> indicator = indicator(path + ".indicatorId", t.indicatorId());
            when(path + ".period", t.period());
            t.areaCode().ifPresent(code -> area(path + ".areaCode", code));
            if (t.lower().isPresent()
                    && t.upper().isPresent()
                    && t.lower().get().compareTo(t.upper().get()) > 0) {
                add(
                        path + ".lower",
                        t.lower().get().toPlainString(),
                        "the band's lower end is above its upper end "
                                + t.upper().get().toPlainString());
            }
            if (indicator.isEmpty()) {
                return;
            }
            Indicator i = indicator.get();
            PeriodKind own = i.frequency().periodKind(i.yearType());
            PeriodKind year = Frequency.ANNUAL.periodKind(i.yearType());
            PeriodKind kind = t.period().kind();
            if (kind != own && kind != year) {
                add(
                        path + ".period",
                        t.period(),
                        "a target of the " + frequencyText(i) + " indicator " + i.id()
                                + " must be for a " + kindText(own) + (own == year ? "" : " or a " + kindText(year))
                                + ", not a " + kindText(kind));
            }
            if (kind == year) {
                t.profile()
                        .filter(p -> p.kind() == TargetProfile.Kind.SHARES)
                        .ifPresent(p -> shares(path + ".profile", p, i, own));
            }
            if (i.polarity() == Polarity.NO_JUDGEMENT) {
                add(
                        path + ".indicatorId",
                        i.id(),
                        "the indicator is no-judgement (data only): it is never rated," + " so it takes no target");
            }
            if (t.isBand()
                    && ((i.polarity() == Polarity.HIGHER_IS_BETTER && t.lower().isEmpty())
                            || (i.polarity() == Polarity.LOWER_IS_BETTER
                                    && t.upper().isEmpty()))) {
                boolean higher = i.polarity() == Polarity.HIGHER_IS_BETTER;
                add(
                        path + (higher ? ".upper" : ".lower"),
                        (higher ? t.upper() : t.lower())
                                .map(BigDecimal::toPlainString)
                                .orElse(""),
                        "a band target of a " + (higher ? "higher" : "lower") + "-is-better indicator needs its "
                                + (higher ? "lower" : "upper") + " end, the one it is rated against");
            }
            t.tolerance()
                    .filter(tol -> tol.kind() == Tolerance.Kind.THRESHOLD)
                    .ifPresent(tol -> t.value().ifPresent(value -> threshold(path, i.polarity(), value, tol.amount())));
        }

        /** Given shares are one per period of the year at the indicator's frequency. */
        void shares(String path, TargetProfile profile, Indicator i, PeriodKind own) {
            int periods = i.frequency().periodsInYear();
            int found = profile.shares().size();
            if (periods < 2) {
                add(
                        path,
                        profile,
                        "a profile spreads a year's target over the periods within it, and the " + frequencyText(i)
                                + " indicator " + i.id() + " has none: expected no profile");
            } else if (found != periods) {
                add(
                        path,
                        profile,
                        "the profile gives " + found + " shares: expected " + periods + ", one per " + kindText(own)
                                + " of the year, for the " + frequencyText(i) + " indicator " + i.id());
            }
        }

        void threshold(String path, Polarity polarity, BigDecimal target, BigDecimal threshold) {
            int side = threshold.compareTo(target);
            if ((polarity == Polarity.HIGHER_IS_BETTER && side > 0)
                    || (polarity == Polarity.LOWER_IS_BETTER && side < 0)) {
                add(
                        path + ".tolerance",
                        "threshold " + threshold.toPlainString(),
                        "an Amber threshold must lie on the"
                                + " worse side of the target " + target.toPlainString() + " for a "
                                + polarity.name().toLowerCase(Locale.ROOT).replace('_', '-') + " indicator");
            }
        }

        void observation(String path, Observation o) {
            Optional<Indicator> indicator = indicator(path + ".indicatorId", o.indicatorId());
            area(path + ".areaCode", o.areaCode());
            when(path + ".period", o.period());
            indicator.ifPresent(i -> {
                PeriodKind own = i.frequency().periodKind(i.yearType());
                PeriodKind year = Frequency.ANNUAL.periodKind(i.yearType());
                boolean yearEndForecast =
                        o.status() == ObservationStatus.FORECAST && o.period().kind() == year;
                if (o.period().kind() != own && !yearEndForecast) {
                    add(
                            path + ".period",
                            o.period(),
                            "an observation of the " + frequencyText(i) + " indicator " + i.id() + " must be for a "
                                    + kindText(own)
                                    + (own == year ? "" : " (or, as a year-end forecast, a " + kindText(year) + ")")
                                    + ", not a "
                                    + kindText(o.period().kind()));
                }
                if (i.statisticType() == StatisticType.PROPORTION
                        && o.numerator().isPresent()
                        && o.denominator().isPresent()
                        && o.numerator().get().compareTo(o.denominator().get()) > 0) {
                    add(
                            path + ".numerator",
                            o.numerator().get().toPlainString(),
                            "the numerator is above the" + " denominator "
                                    + o.denominator().get().toPlainString() + " of a proportion");
                }
            });
            boolean proportion = indicator
                    .map(i -> i.statisticType() == StatisticType.PROPORTION)
                    .orElse(false);
            if (proportion
                    && o.denominator().isPresent()
                    && o.denominator().get().signum() == 0) {
                add(
                        path + ".denominator",
                        "0",
                        "a proportion's denominator must be above 0 (a proportion of nobody is undefined: leave"
                                + " the value out and mark the observation missing)");
            } else if (o.numerator().isPresent()
                    && o.denominator().isPresent()
                    && o.denominator().get().signum() == 0
                    && o.numerator().get().signum() != 0) {
                add(
                        path + ".denominator",
                        "0",
                        "a denominator of 0 cannot have a numerator of "
                                + o.numerator().get().toPlainString());
            }
            confidenceLimits(path, o.value(), o.lowerCi(), o.upperCi());
        }

        void confidenceLimits(
                String path, Optional<BigDecimal> value, Optional<BigDecimal> lower, Optional<BigDecimal> upper) {
            if (lower.isPresent() != upper.isPresent()) {
                add(
                        path + (lower.isPresent() ? ".upperCi" : ".lowerCi"),
                        null,
                        "confidence limits come in pairs: give both or neither");
                return;
            }
            if (lower.isEmpty()) {
                return;
            }
            BigDecimal lo = lower.get();
            BigDecimal hi = upper.get();
            if (lo.compareTo(hi) > 0) {
                add(
                        path + ".lowerCi",
                        lo.toPlainString(),
                        "the lower confidence limit is above the upper " + hi.toPlainString());
            } else if (value.isPresent()
                    && (value.get().compareTo(lo) < 0 || value.get().compareTo(hi) > 0)) {
                add(
                        path + ".value",
                        value.get().toPlainString(),
                        "the confidence interval [" + lo.toPlainString() + ", " + hi.toPlainString()
                                + "] does not contain the value");
            }
        }

        void group(String path, ComparatorGroup g) {
            g.areaCode().ifPresent(code -> area(path + ".areaCode", code));
            Set<String> seen = new HashSet<>();
            for (String member : g.memberCodes()) {
                area(path + ".memberCodes", member);
                if (!seen.add(member)) {
                    add(path + ".memberCodes", member, "the area is listed more than once");
                }
            }
        }

        void benchmark(String path, BenchmarkValue b, Set<String> groupIds) {
            indicator(path + ".indicatorId", b.indicatorId());
            when(path + ".period", b.period());
            b.areaCode().ifPresent(code -> area(path + ".areaCode", code));
            if ((!areaCodes.isEmpty() || !groupIds.isEmpty())
                    && !areaCodes.contains(b.comparator())
                    && !groupIds.contains(b.comparator())) {
                add(path + ".comparator", b.comparator(), "no area or comparator group has this id");
            }
            confidenceLimits(path, b.value(), b.lowerCi(), b.upperCi());
        }

        void notNegative(String path, BigDecimal count) {
            if (count.signum() < 0) {
                add(path, count.toPlainString(), "a number of actions cannot be negative");
            }
        }

        /** A period within the years a dataset may cover. */
        void when(String path, ReportingPeriod period) {
            when(path, period, period.start().getYear(), period.end().getYear());
        }

        void when(String path, Object value, int firstYear, int lastYear) {
            if (firstYear < EARLIEST.getYear() || lastYear > LATEST.getYear()) {
                add(
                        path,
                        value,
                        "outside the years Outturn accepts: dates and periods from " + EARLIEST + " to " + LATEST);
            }
        }

        /**
         * Areas whose region leads back to them: an area that is its own region, or two or more that
         * name each other. Each area of a cycle is reported once; found in one pass over the areas.
         */
        void regions() {
            List<Area> areas = dataset.areas();
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < areas.size(); i++) {
                index.putIfAbsent(areas.get(i).code(), i);
            }
            // 0: not seen; 1: on the path being followed; 2: done.
            int[] state = new int[areas.size()];
            List<Integer> path = new ArrayList<>();
            for (int start = 0; start < areas.size(); start++) {
                path.clear();
                Integer at = start;
                while (at != null && state[at] == 0) {
                    state[at] = 1;
                    path.add(at);
                    at = areas.get(at).regionCode().map(index::get).orElse(null);
                }
                if (at != null && state[at] == 1) {
                    List<Integer> cycle = path.subList(path.indexOf(at), path.size());
                    for (int i : cycle) {
                        add(
                                "areas[" + i + "].regionCode",
                                areas.get(i).regionCode().orElseThrow(),
                                cycle.size() == 1
                                        ? "the area names itself as its region"
                                        : "the area is in a ring of " + cycle.size()
                                                + " areas each naming the next as its region ("
                                                + ring(areas, cycle) + "): a region cannot lie within its own area");
                    }
                }
                path.forEach(i -> state[i] = 2);
            }
        }

        void reported(String path, ReportedSummary r, Set<String> priorityIds, Set<String> themeIds) {
            r.scopeId()
                    .ifPresent(id -> reference(
                            path + ".scopeId",
                            id,
                            r.scope() == SummaryScope.THEME ? themeIds : priorityIds,
                            r.scope() == SummaryScope.THEME ? "theme" : "priority"));
            r.period().ifPresent(period -> when(path + ".period", period));
            r.counts().forEach((status, count) -> notNegative(path + ".counts." + Codes.of(status), count));
            r.total().ifPresent(total -> notNegative(path + ".total", total));
            r.percentages().forEach((status, pct) -> {
                // Above 100 is left to reconciliation, which can name the slip ("165" for 65).
                if (pct.signum() < 0) {
                    add(
                            path + ".percentages." + Codes.of(status),
                            pct.toPlainString(),
                            "a percentage cannot be negative");
                }
            });
        }
    }

    /** The codes of a ring of areas, such as {@code 356 → 982 → 356}; a long ring shortened. */
    private static String ring(List<Area> areas, List<Integer> cycle) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < cycle.size() && k < 5; k++) {
            s.append(Quote.of(areas.get(cycle.get(k)).code())).append(" → ");
        }
        return s.append(cycle.size() > 5 ? "… → " : "")
                .append(Quote.of(areas.get(cycle.get(0)).code()))
                .toString();
    }

    private static String weightsText(List<Fraction> weights) {
        StringBuilder s = new StringBuilder();
        for (Fraction w : weights) {
            s.append(s.length() == 0 ? "" : ";").append(w);
        }
        return s.toString();
    }

    private static String frequencyText(Indicator i) {
        return Codes.of(i.frequency());
    }

    private static String kindText(PeriodKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code getX} property paths as HV reports them, without container-element nodes. */
    private static String propertyPath(Path path) {
        StringBuilder s = new StringBuilder();
        for (Path.Node node : path) {
            String name = node.getName();
            if (name == null || name.startsWith("<")) {
                if (node.getIndex() != null && s.length() > 0 && s.charAt(s.length() - 1) != ']') {
                    s.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (s.length() > 0) {
                s.append('.');
            }
            s.append(name);
            if (node.getIndex() != null) {
                s.append('[').append(node.getIndex()).append(']');
            }
        }
        return s.toString();
    }
}
