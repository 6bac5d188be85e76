package io.github.outturn.testkit;

import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.AgeBandCount;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Milestone;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Priority;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.StandardisationMethod;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Target;
import io.github.outturn.model.Theme;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.CalendarMonth;
import io.github.outturn.period.CalendarQuarter;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialHalfYear;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PeriodParseException;
import io.github.outturn.period.PooledYears;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.RollingYear;
import io.github.outturn.period.SchoolTerm;
import io.github.outturn.period.YearType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.fraction.Fraction;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators for Outturn's model: periods of every kind, adversarial decimals, text
 * that stresses every format, observations of every status and whole datasets using every part of
 * the model. Stateless; use them with a fixed seed so that a failure replays.
 *
 * <pre>{@code
 * qt().withFixedSeed(20141015L).withExamples(500)
 *         .forAll(OutturnGenerators.datasets())
 *         .checkAssert(ds -> assertThat(readBack(write(ds))).isEqualTo(ds));
 * }</pre>
 *
 * <p>The datasets are well formed (every builder accepts them) but not necessarily valid: they may
 * refer to indicators, areas or priorities they do not hold, as files in the wild do.
 */
public final class OutturnGenerators {

    /**
     * Characters that stress text formats and spreadsheets: separators, quotes, backslashes, line
     * breaks, blanks and controls, formula starters, characters beyond ASCII and beyond the BMP.
     */
    public static final List<String> AWKWARD_CHARACTERS = List.of(
            "a",
            "Z",
            "7",
            " ",
            ",",
            ";",
            "\"",
            "'",
            "\\",
            "\n",
            "\r",
            "\t",
            "=",
            "+",
            "-",
            "@",
            "é",
            "£",
            "€",
            "\u2013",
            "/",
            "(",
            ".",
            "\u0000",
            "\u00A0",
            "\uFEFF",
            "\uD83D\uDE00");

    private OutturnGenerators() {}

    /**
     * Text of 1 to 12 awkward characters.
     *
     * @return the generator
     */
    public static Gen<String> text() {
        return OutturnGenerators::text;
    }

    /**
     * Decimals exactly as a file would hold them: unscaled values up to a trillion either side of
     * zero, scales 0 to 6 (so trailing zeros such as {@code 45.000} and values such as {@code
     * -0.000001}), and now and then a value where binary floating point goes wrong ({@code
     * 0.30000000000000004}, {@code 0.1}, {@code 1E+3} written {@code 1000}).
     *
     * @return the generator
     */
    public static Gen<BigDecimal> decimals() {
        return OutturnGenerators::decimal;
    }

    /**
     * Periods of every kind over five centuries (1500 to 2900), calendar quarters, rolling twelve months
     * and school terms included: pooled financial years up to 41 years
     * long, pooled academic years up to 4 and calendar years up to 6 (a longer calendar span such as
     * {@code 1500-23} would read as a month).
     *
     * @return the generator
     */
    public static Gen<ReportingPeriod> periods() {
        return in -> period(in, 1500, 2900, 40);
    }

    /**
     * Periods of every kind starting between two years, pooled periods up to 5 years long.
     *
     * @param fromYear the earliest first year
     * @param toYear the latest first year
     * @return the generator
     */
    public static Gen<ReportingPeriod> periods(int fromYear, int toYear) {
        return in -> period(in, fromYear, toYear, 4);
    }

    /**
     * Observations of indicator {@code ind} for area {@code 356} with every status, a value where the
     * status allows one, and any of the optional parts.
     *
     * @return the generator
     */
    public static Gen<Observation> observations() {
        return in -> observation(in, "ind", null);
    }

    /**
     * Datasets using every part of the model: a plan, themes, priorities, actions with and without
     * weights and dates, action updates, milestones, indicators of every polarity and kind, targets of every form and
     * tolerance, observations of every status, areas, comparator groups, benchmarks, printed
     * summaries, standardisation methods and standard populations, and age-band counts. Every period's label reads back under the year type it is read with.
     *
     * @return the generator
     */
    public static Gen<Dataset> datasets() {
        return OutturnGenerators::dataset;
    }

    private static int between(RandomnessSource in, int min, int max) {
        return SourceDSL.integers().between(min, max).generate(in);
    }

    private static boolean coin(RandomnessSource in) {
        return between(in, 0, 1) == 1;
    }

    private static String text(RandomnessSource in) {
        int n = between(in, 1, 12);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(AWKWARD_CHARACTERS.get(between(in, 0, AWKWARD_CHARACTERS.size() - 1)));
        }
        return s.toString();
    }

    private static String id(RandomnessSource in) {
        return "id-" + between(in, 0, 20);
    }

    private static <E extends Enum<E>> E pick(RandomnessSource in, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[between(in, 0, values.length - 1)];
    }

    private static final List<String> TRICKY = List.of("0.30000000000000004", "0.1", "1000", "0.000", "-0.5", "2.5");

    private static BigDecimal decimal(RandomnessSource in) {
        if (between(in, 0, 9) == 0) {
            return new BigDecimal(TRICKY.get(between(in, 0, TRICKY.size() - 1)));
        }
        long unscaled = SourceDSL.longs()
                .between(-1_000_000_000_000L, 1_000_000_000_000L)
                .generate(in);
        return BigDecimal.valueOf(unscaled, between(in, 0, 6));
    }

    private static BigDecimal positive(RandomnessSource in) {
        return decimal(in).abs();
    }

    private static ReportingPeriod period(RandomnessSource in, int fromYear, int toYear, int maxSpan) {
        int year = between(in, fromYear, toYear);
        return switch (between(in, 0, 11)) {
            case 0 -> FinancialYear.of(year);
            case 1 -> FinancialQuarter.of(year, between(in, 1, 4));
            case 2 -> FinancialHalfYear.of(year, between(in, 1, 2));
            case 3 -> CalendarMonth.of(year, between(in, 1, 12));
            case 4 -> AcademicYear.of(year);
            case 5 -> CalendarYear.of(year);
            case 6 -> PooledYears.of(YearType.FINANCIAL, year, year + between(in, 1, maxSpan));
            case 7 -> PooledYears.of(YearType.ACADEMIC, year, year + between(in, 1, Math.min(maxSpan, 3)));
            case 8 -> CalendarQuarter.of(year, between(in, 1, 4));
            case 9 -> RollingYear.endingIn(year, between(in, 1, 12));
            case 10 -> SchoolTerm.of(pick(in, SchoolTerm.Term.class), year + 1);
            default -> PooledYears.of(YearType.CALENDAR, year, year + between(in, 1, Math.min(maxSpan, 5)));
        };
    }

    /**
     * A period whose label reads back under the year type its element is read with (formats read
     * {@code "2015/16"} as the indicator's kind of year); a month where the drawn one would not.
     */
    private static ReportingPeriod period(RandomnessSource in, YearType yearType) {
        ReportingPeriod p = period(in, 1990, 2040, 4);
        try {
            ReportingPeriod back = yearType == null
                    ? ReportingPeriod.parse(p.toString())
                    : ReportingPeriod.parse(p.toString(), yearType);
            if (back.equals(p)) {
                return p;
            }
        } catch (PeriodParseException e) {
            // fall through to a month, which reads back under every year type
        }
        return CalendarMonth.of(2015, between(in, 1, 12));
    }

    private static LocalDate date(RandomnessSource in) {
        return LocalDate.of(between(in, 2000, 2030), between(in, 1, 12), between(in, 1, 28));
    }

    private static Tolerance tolerance(RandomnessSource in) {
        Tolerance.Kind kind = pick(in, Tolerance.Kind.class);
        return Tolerance.of(kind, kind == Tolerance.Kind.THRESHOLD ? decimal(in) : positive(in));
    }

    private static Observation observation(RandomnessSource in, String indicator, YearType yearType) {
        ObservationStatus status = pick(in, ObservationStatus.class);
        return Observation.builder()
                .indicatorId(indicator)
                .areaCode(indicator.equals("ind") ? "356" : id(in))
                .period(period(in, yearType))
                .status(status)
                .value(status.hasValue() && coin(in) ? decimal(in) : null)
                .numerator(coin(in) ? positive(in) : null)
                .denominator(coin(in) ? positive(in) : null)
                .lowerCi(coin(in) ? decimal(in) : null)
                .upperCi(coin(in) ? decimal(in) : null)
                .ciLevel(coin(in) ? new BigDecimal(coin(in) ? "0.95" : "0.998") : null)
                .note(coin(in) ? text(in) : null)
                .build();
    }

    private static Dataset dataset(RandomnessSource in) {
        var b = Dataset.builder();
        if (coin(in)) {
            b.plan(Plan.builder()
                    .id(id(in))
                    .name(text(in))
                    .owner(coin(in) ? text(in) : null)
                    .start(coin(in) ? period(in, null) : null)
                    .end(coin(in) ? period(in, null) : null)
                    .build());
        }
        for (int i = between(in, 0, 2); i > 0; i--) {
            b.addThemes(Theme.builder()
                    .id(id(in))
                    .name(text(in))
                    .description(coin(in) ? text(in) : null)
                    .build());
        }
        for (int i = between(in, 0, 3); i > 0; i--) {
            b.addPriorities(Priority.builder()
                    .id(id(in))
                    .name(text(in))
                    .themeId(coin(in) ? id(in) : null)
                    .build());
        }
        for (int i = between(in, 0, 3); i > 0; i--) {
            int k = between(in, 1, 3);
            var a = Action.builder()
                    .id(id(in))
                    .title(text(in))
                    .lead(coin(in) ? text(in) : null)
                    .dueDate(coin(in) ? date(in) : null)
                    .completedOn(coin(in) ? date(in) : null);
            if (coin(in)) {
                a.percentComplete(between(in, 0, 100));
            }
            for (int j = 0; j < k; j++) {
                a.addPriorityIds(id(in));
            }
            if (coin(in)) {
                for (int j = 0; j < k; j++) {
                    a.addWeights(Fraction.of(between(in, -3, 7), between(in, 1, 9)));
                }
            }
            b.addActions(a.build());
        }
        for (int i = between(in, 0, 3); i > 0; i--) {
            b.addActionUpdates(ActionUpdate.builder()
                    .actionId(id(in))
                    .period(period(in, null))
                    .status(pick(in, Status.class))
                    .commentary(coin(in) ? text(in) : null)
                    .updatedOn(
                            coin(in)
                                    ? LocalDate.of(between(in, 2000, 2030), between(in, 1, 12), between(in, 1, 28))
                                    : null)
                    .build());
        }
        for (int i = between(in, 0, 3); i > 0; i--) {
            Milestone.Builder m = Milestone.builder();
            m.actionId(id(in)).description(text(in)).due(date(in)).done(coin(in));
            if (coin(in)) {
                m.doneOn(date(in));
            }
            b.addMilestones(m.build());
        }
        List<Indicator> indicators = new ArrayList<>();
        for (int i = between(in, 0, 3); i > 0; i--) {
            var ib = Indicator.builder()
                    .id("ind-" + i)
                    .name(text(in))
                    .unit(coin(in) ? text(in) : null)
                    .decimalPlaces(between(in, 0, 10))
                    .polarity(pick(in, Polarity.class))
                    .measureType(pick(in, MeasureType.class))
                    .statisticType(pick(in, StatisticType.class))
                    .multiplier(coin(in) ? positive(in) : null)
                    .frequency(pick(in, Frequency.class))
                    .yearType(pick(in, YearType.class))
                    .quartileBanded(coin(in))
                    .description(coin(in) ? text(in) : null);
            if (coin(in)) {
                ib.addPriorityIds(id(in), id(in));
            }
            indicators.add(ib.build());
        }
        b.indicators(indicators);
        for (int i = between(in, 0, 4); i > 0; i--) {
            String indicator = indicator(in, indicators);
            var t = Target.builder()
                    .indicatorId(indicator)
                    .period(period(in, yearType(indicator, indicators)))
                    .areaCode(coin(in) ? id(in) : null)
                    .tolerance(coin(in) ? tolerance(in) : null);
            if (coin(in)) {
                t.value(decimal(in));
            } else {
                boolean lower = coin(in);
                t.lower(lower ? decimal(in) : null).upper(!lower || coin(in) ? decimal(in) : null);
            }
            b.addTargets(t.build());
        }
        for (int i = between(in, 0, 6); i > 0; i--) {
            String indicator = indicator(in, indicators);
            b.addObservations(observation(in, indicator, yearType(indicator, indicators)));
        }
        for (int i = between(in, 0, 3); i > 0; i--) {
            b.addAreas(Area.builder()
                    .code(id(in))
                    .name(text(in))
                    .type(pick(in, AreaType.class))
                    .regionCode(coin(in) ? id(in) : null)
                    .subtype(coin(in) ? text(in) : null)
                    .current(coin(in))
                    .build());
        }
        for (int i = between(in, 0, 2); i > 0; i--) {
            var g = ComparatorGroup.builder()
                    .id(id(in))
                    .name(text(in))
                    .type(pick(in, ComparatorType.class))
                    .areaCode(coin(in) ? id(in) : null);
            for (int j = between(in, 0, 3); j > 0; j--) {
                g.addMemberCodes(id(in));
            }
            b.addComparatorGroups(g.build());
        }
        for (int i = between(in, 0, 3); i > 0; i--) {
            String indicator = indicator(in, indicators);
            b.addBenchmarks(BenchmarkValue.builder()
                    .indicatorId(indicator)
                    .period(period(in, yearType(indicator, indicators)))
                    .comparator(id(in))
                    .type(pick(in, ComparatorType.class))
                    .areaCode(coin(in) ? id(in) : null)
                    .value(coin(in) ? decimal(in) : null)
                    .lowerCi(coin(in) ? decimal(in) : null)
                    .upperCi(coin(in) ? decimal(in) : null)
                    .build());
        }
        for (int i = between(in, 0, 3); i > 0; i--) {
            SummaryScope scope = pick(in, SummaryScope.class);
            var r = ReportedSummary.builder()
                    .scope(scope)
                    .scopeId(scope == SummaryScope.PLAN ? null : id(in))
                    .source(coin(in) ? text(in) : null)
                    .period(coin(in) ? period(in, null) : null)
                    .total(coin(in) ? positive(in) : null);
            for (int j = between(in, 0, 3); j > 0; j--) {
                r.putCounts(pick(in, Status.class), positive(in));
            }
            for (int j = between(in, 0, 2); j > 0; j--) {
                r.putPercentages(pick(in, Status.class), positive(in));
            }
            b.addReported(r.build());
        }
        // Drawn last, so that the parts above are drawn as they were before standardisation existed.
        List<Indicator> standardised = new ArrayList<>(indicators.size());
        for (Indicator i : indicators) {
            standardised.add(Indicator.builder()
                    .from(i)
                    .standardisationMethod(pick(in, StandardisationMethod.class))
                    .standardPopulation(coin(in) ? (coin(in) ? "esp2013" : id(in)) : null)
                    .build());
        }
        b.indicators(standardised);
        for (int i = between(in, 0, 4); i > 0; i--) {
            String indicator = indicator(in, indicators);
            b.addAgeBandCounts(AgeBandCount.builder()
                    .indicatorId(indicator)
                    .areaCode(id(in))
                    .period(period(in, yearType(indicator, indicators)))
                    .band(coin(in) ? "90+" : text(in))
                    .count(positive(in))
                    .population(positive(in))
                    .build());
        }
        return b.build();
    }

    /** The id of one of the indicators, or of one not in the dataset. */
    private static String indicator(RandomnessSource in, List<Indicator> indicators) {
        int i = between(in, 0, indicators.size());
        return i == indicators.size() ? "not-in-dataset" : indicators.get(i).id();
    }

    private static YearType yearType(String id, List<Indicator> indicators) {
        return indicators.stream()
                .filter(i -> i.id().equals(id))
                .map(Indicator::yearType)
                .findFirst()
                .orElse(null);
    }
}
