package io.github.outturn.testkit;

import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.Bands;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.BoundaryRule;
import io.github.outturn.benchmark.ConfidenceInterval;
import io.github.outturn.benchmark.ConfidenceIntervals;
import io.github.outturn.benchmark.ConfidenceLevel;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.benchmark.Ranking;
import io.github.outturn.benchmark.SmallCountMethod;
import io.github.outturn.model.Codes;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.TargetProfile;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.DirectionOfTravel;
import io.github.outturn.rating.DirectionOfTravelRating;
import io.github.outturn.rating.ForecastBasis;
import io.github.outturn.rating.IndicatorAssessment;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.rating.TravelTerm;
import io.github.outturn.rating.ValueComparison;
import io.github.outturn.rating.ZeroTargetRule;
import io.github.outturn.summary.PercentageRounding;
import io.github.outturn.summary.RagDistribution;
import io.github.outturn.testkit.ConformanceSuite.Outcome;
import io.github.outturn.testkit.ConformanceSuite.RowFunction;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.numbers.fraction.BigFraction;

/**
 * Outturn's own answers to the published conformance tables: how each row's columns become
 * Outturn's inputs, which library function rates them and how its result is written back as the
 * table writes it. Another implementation reads these as a worked example of the column guides.
 *
 * <pre>{@code
 * // in a JUnit 5 test class, as a method annotated TestFactory:
 * Stream<DynamicTest> outturnConforms() {
 *     return ConformanceSuite.indicatorRating(OutturnConformance.indicatorRating());
 * }
 * }</pre>
 */
public final class OutturnConformance {

    /** The year every row of {@code indicator-rating.csv} rates: 2014/15. */
    public static final FinancialYear YEAR = FinancialYear.of(2014);

    private static final String AREA = "E08000018";
    private static final String ID = "conformance";

    private OutturnConformance() {}

    /**
     * {@code indicator-rating.csv} through {@link IndicatorRating#assess}: the code is the status's
     * code, the text the reason sentence.
     *
     * @return the row function
     */
    public static RowFunction indicatorRating() {
        return row -> {
            RatingInputs in = RatingInputs.of(row);
            IndicatorAssessment a = IndicatorRating.assess(
                    in.indicator(), AREA, YEAR, in.observation(), in.target(), in.lastYear(), in.policy());
            return Outcome.of(Codes.of(a.status()), a.reason());
        };
    }

    /**
     * {@code indicator-rating.csv} through {@link IndicatorRating#status}, the status without the
     * assessment: the code is the status's code, without text.
     *
     * @return the row function
     */
    public static RowFunction indicatorStatus() {
        return row -> {
            RatingInputs in = RatingInputs.of(row);
            return Outcome.of(Codes.of(IndicatorRating.status(
                    in.indicator(), AREA, YEAR, in.observation(), in.target(), in.lastYear(), in.policy())));
        };
    }

    /**
     * {@code indicator-rating-in-year.csv} through {@link IndicatorRating#assess(Dataset, String,
     * String, ReportingPeriod, RatingPolicy)}: the row's indicator, its 2016/17 target and its values
     * as a dataset; the code is the status's code (or the forecast's, {@code none} when there is no
     * forecast), the text the reason.
     *
     * @return the row function
     */
    public static RowFunction indicatorRatingInYear() {
        return row -> {
            FinancialYear year = FinancialYear.of(2016);
            Indicator indicator = Indicator.builder()
                    .id(ID)
                    .name("Conformance indicator")
                    .unit(optional(row.get("unit")))
                    .decimalPlaces(Integer.parseInt(row.get("decimal_places")))
                    .polarity(code(Polarity.class, row.get("polarity")))
                    .measureType(code(MeasureType.class, row.get("measure_type")))
                    .frequency(Frequency.QUARTERLY)
                    .build();
            ReportingPeriod period = ReportingPeriod.parse(row.get("period"));
            List<Observation> observations = new ArrayList<>();
            observations.add(Observation.of(ID, AREA, period, SampleDatasets.dec(row.get("value"))));
            List<String> earlier = row.get("earlier").isEmpty()
                    ? List.of()
                    : List.of(row.get("earlier").split("\\|"));
            for (int y = 0; y < earlier.size(); y++) {
                String[] quarters = earlier.get(y).split(";");
                for (int q = 0; q < quarters.length; q++) {
                    if (!quarters[q].equals("-")) {
                        observations.add(Observation.of(
                                ID,
                                AREA,
                                FinancialQuarter.of(2016 - earlier.size() + y, q + 1),
                                new BigDecimal(quarters[q])));
                    }
                }
            }
            optional(row.get("series_break")).map(ReportingPeriod::parse).ifPresent(start -> {
                int at = -1;
                for (int i = 0; i < observations.size(); i++) {
                    at = observations.get(i).period().equals(start) ? i : at;
                }
                if (at < 0) {
                    throw new IllegalArgumentException(
                            "series_break " + start + " is not a quarter of the row's values");
                }
                observations.set(at, observations.get(at).withSeriesBreak(true));
            });
            Dataset dataset = Dataset.builder()
                    .addIndicators(indicator)
                    .addTargets(Target.builder()
                            .indicatorId(ID)
                            .period(year)
                            .value(SampleDatasets.dec(row.get("target")))
                            .profile(optional(row.get("profile")).map(TargetProfile::parse))
                            .build())
                    .addAllObservations(observations)
                    .build();
            var policy = RatingPolicy.defaults()
                    .withInYearSnapshot(Boolean.parseBoolean(row.get("in_year_snapshot")))
                    .withForecastMethod(optional(row.get("forecast_method")).map(m -> code(ForecastBasis.class, m)));
            IndicatorAssessment a = IndicatorRating.assess(dataset, ID, AREA, period, policy);
            if (policy.forecastMethod().isPresent()) {
                return a.forecastYearEnd()
                        .map(f -> Outcome.of(Codes.of(f.status()), f.reason()))
                        .orElse(Outcome.of("none"));
            }
            return Outcome.of(Codes.of(a.status()), a.reason());
        };
    }

    /** A row of {@code indicator-rating.csv} as Outturn's inputs. */
    private record RatingInputs(
            Indicator indicator,
            Optional<Observation> observation,
            Optional<Target> target,
            Optional<Observation> lastYear,
            RatingPolicy policy) {

        static RatingInputs of(Map<String, String> row) {
            Indicator indicator = OutturnConformance.indicator(row);
            Optional<Observation> observation = switch (row.get("value_status")) {
                case "", "actual" -> Optional.of(Observation.of(ID, AREA, YEAR, SampleDatasets.dec(row.get("value"))));
                case "none" -> Optional.empty();
                default ->
                    Optional.of(Observation.missing(
                            ID, AREA, YEAR, code(ObservationStatus.class, row.get("value_status"))));
            };
            Optional<Observation> lastYear = optional(row.get("last_year_value"))
                    .map(v -> Observation.of(ID, AREA, YEAR.samePeriodLastYear(), new BigDecimal(v)));
            return new RatingInputs(
                    indicator, observation, OutturnConformance.target(row, YEAR), lastYear, ratingPolicy(row));
        }
    }

    /**
     * {@code direction-of-travel.csv} through {@link DirectionOfTravelRating#compare}: the code is the
     * direction's code, the text the reason sentence.
     *
     * @return the row function
     */
    public static RowFunction directionOfTravel() {
        return row -> {
            RatingPolicy policy = ratingPolicy(row);
            ReportingPeriod period = ReportingPeriod.parse(row.get("period"));
            Indicator indicator = indicator(row);
            Optional<Observation> latest = observation(row.get("latest"), period);
            Optional<String> cut = optional(row.get("series_break"));
            if (cut.isPresent()) {
                String[] parts = cut.get().split(": ", 2);
                Optional<String> note = Optional.ofNullable(parts.length > 1 ? parts[1] : null);
                if (parts[0].equals("latest")) {
                    latest = latest.map(o -> o.withSeriesBreak(true).withNote(note.orElse(null)));
                } else {
                    indicator = Indicator.builder()
                            .from(indicator)
                            .seriesBreak(ReportingPeriod.parse(parts[0]))
                            .seriesBreakNote(note)
                            .build();
                }
            }
            DirectionOfTravel d = DirectionOfTravelRating.compare(
                    indicator,
                    AREA,
                    period,
                    code(TravelTerm.class, row.get("term")),
                    latest,
                    observation(row.get("earlier"), ReportingPeriod.parse(row.get("earlier_period"))),
                    target(row, period),
                    policy);
            return Outcome.of(Codes.of(d.direction()), d.reason());
        };
    }

    /**
     * {@code confidence-intervals.csv} through {@link ConfidenceIntervals}: the code is {@code
     * lower;upper;method}, a proportion's limits multiplied by the row's multiplier (1 when empty).
     *
     * @return the row function
     */
    public static RowFunction confidenceIntervals() {
        return row -> {
            ConfidenceLevel level = ConfidenceLevel.parse(row.get("level"));
            SmallCountMethod belowTen = row.get("small_count").isEmpty()
                    ? SmallCountMethod.EXACT
                    : code(SmallCountMethod.class, row.get("small_count"));
            double x = Double.parseDouble(row.get("numerator"));
            String measure = row.get("measure");
            ConfidenceInterval ci = switch (measure) {
                case "proportion" -> {
                    ConfidenceInterval p =
                            ConfidenceIntervals.proportion(x, Double.parseDouble(row.get("denominator")), level);
                    double m = row.get("multiplier").isEmpty() ? 1 : Double.parseDouble(row.get("multiplier"));
                    yield ConfidenceInterval.of(p.lower() * m, p.upper() * m, level, p.method());
                }
                case "count" -> ConfidenceIntervals.count(x, level, belowTen);
                case "rate" ->
                    ConfidenceIntervals.rate(
                            x,
                            Double.parseDouble(row.get("denominator")),
                            Double.parseDouble(row.get("multiplier")),
                            level,
                            belowTen);
                default ->
                    throw new IllegalArgumentException(
                            "\"" + measure + "\" is not a measure: expected proportion, count or rate");
            };
            return Outcome.of(ci.lower() + ";" + ci.upper() + ";" + Codes.of(ci.method()));
        };
    }

    /** The indicator a row describes: polarity, decimal places, unit and (when given) measure type. */
    private static Indicator indicator(Map<String, String> row) {
        var b = Indicator.builder()
                .id(ID)
                .name("Conformance indicator")
                .unit(optional(row.get("unit")))
                .decimalPlaces(Integer.parseInt(row.get("decimal_places")))
                .polarity(code(Polarity.class, row.get("polarity")));
        optional(row.get("measure_type")).ifPresent(t -> b.measureType(code(MeasureType.class, t)));
        return b.build();
    }

    /** A value cell: a number, {@code missing} or {@code suppressed} (no value), or {@code none} (no observation). */
    private static Optional<Observation> observation(String cell, ReportingPeriod period) {
        return switch (cell) {
            case "none" -> Optional.empty();
            case "missing", "suppressed" ->
                Optional.of(Observation.missing(ID, AREA, period, code(ObservationStatus.class, cell)));
            default -> Optional.of(Observation.of(ID, AREA, period, SampleDatasets.dec(cell)));
        };
    }

    /** The target a row's {@code target}, {@code lower}, {@code upper} and {@code tolerance} describe, if any. */
    private static Optional<Target> target(Map<String, String> row, ReportingPeriod period) {
        if ((row.get("target") + row.get("lower") + row.get("upper")).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Target.builder()
                .indicatorId(ID)
                .period(period)
                .value(optional(row.get("target")).map(BigDecimal::new))
                .lower(optional(row.get("lower")).map(BigDecimal::new))
                .upper(optional(row.get("upper")).map(BigDecimal::new))
                .tolerance(optional(row.get("tolerance")).map(Tolerance::parse))
                .build());
    }

    /** The default rating policy with the settings a row gives (any of the tables' policy columns). */
    private static RatingPolicy ratingPolicy(Map<String, String> row) {
        var policy = RatingPolicy.defaults()
                .withRescuedByImprovement(Boolean.parseBoolean(row.get("rescued_by_improvement")));
        Optional<String> cell = optional(row.get("value_comparison"));
        if (cell.isPresent()) {
            policy = policy.withValueComparison(code(ValueComparison.class, cell.get()));
        }
        cell = optional(row.get("zero_target_rule"));
        if (cell.isPresent()) {
            policy = policy.withZeroTargetRule(code(ZeroTargetRule.class, cell.get()));
        }
        cell = optional(row.get("blue_margin"));
        if (cell.isPresent()) {
            policy = policy.withBlueMargin(Tolerance.parse(cell.get()));
        }
        cell = optional(row.get("no_change_band"));
        if (cell.isPresent()) {
            policy = policy.withNoChangeBand(new BigDecimal(cell.get()));
        }
        cell = optional(row.get("long_term_years"));
        if (cell.isPresent()) {
            policy = policy.withLongTermYears(Integer.parseInt(cell.get()));
        }
        return policy;
    }

    /**
     * {@code percentage-rounding.csv} through {@link RagDistribution}: the code is the shown
     * percentages of the denominator statuses in status order, {@code ;}-separated.
     *
     * @return the row function
     */
    public static RowFunction percentageRounding() {
        return row -> {
            Map<Status, BigFraction> counts = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                String cell = row.getOrDefault(Codes.of(s).replace('-', '_'), "");
                if (!cell.isEmpty()) {
                    counts.put(s, fraction(cell));
                }
            }
            Set<Status> denominator = EnumSet.noneOf(Status.class);
            for (String code : row.get("denominator").split(";")) {
                denominator.add(code(Status.class, code));
            }
            RagDistribution d = RagDistribution.of(
                    counts,
                    denominator,
                    code(PercentageRounding.class, row.get("rounding")),
                    Integer.parseInt(row.get("decimals")),
                    0,
                    "conformance@1");
            return Outcome.of(d.displayedPercentages().values().stream()
                    .map(BigDecimal::toPlainString)
                    .collect(Collectors.joining(";")));
        };
    }

    /**
     * {@code rank-and-bands.csv} through {@link Ranking} and {@link Bands#quartile}: the code is the
     * first value's rank ({@code 2 of 9}) and quartile band ({@code A}), {@code -} for none.
     *
     * @return the row function
     */
    public static RowFunction rankAndBands() {
        return row -> {
            List<BigDecimal> values = new ArrayList<>();
            for (String cell : row.get("values").split(";")) {
                values.add(cell.equals("-") ? null : new BigDecimal(cell));
            }
            Polarity polarity = code(Polarity.class, row.get("polarity"));
            var policy = BenchmarkPolicy.defaults();
            if (!row.get("boundary_rule").isEmpty()) {
                policy = policy.withBoundaryRule(code(BoundaryRule.class, row.get("boundary_rule")));
            }
            String rank =
                    Ranking.of(values, polarity).rankAt(0).map(Rank::toString).orElse("-");
            String band = values.stream().allMatch(v -> v == null)
                    ? "-"
                    : Bands.quartile(values.get(0), values, polarity, policy)
                            .map(Band::name)
                            .orElse("-");
            return Outcome.of(rank + ";" + band);
        };
    }

    /** A fraction written {@code 13/3} or as a whole number. */
    static BigFraction fraction(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return BigFraction.of(new BigInteger(text.trim()));
        }
        return BigFraction.of(
                new BigInteger(text.substring(0, slash).trim()),
                new BigInteger(text.substring(slash + 1).trim()));
    }

    private static Optional<String> optional(String cell) {
        return cell == null || cell.isEmpty() ? Optional.empty() : Optional.of(cell);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return Codes.parse(type, code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "\"" + code + "\" is not a code of " + type.getSimpleName() + ": " + Codes.allOf(type)));
    }
}
