package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.outturn.model.Action;
import io.github.outturn.model.ActionUpdate;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.ImmutableAction;
import io.github.outturn.model.ImmutableComparatorGroup;
import io.github.outturn.model.ImmutableDataset;
import io.github.outturn.model.ImmutableIndicator;
import io.github.outturn.model.ImmutableReportedSummary;
import io.github.outturn.model.ImmutableTarget;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.MeasureType;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Plan;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Priority;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.StatisticType;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.model.Target;
import io.github.outturn.model.Theme;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.CalendarMonth;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialHalfYear;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.PeriodParseException;
import io.github.outturn.period.PooledYears;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.period.YearType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.numbers.fraction.Fraction;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.SourceDSL;

/** Any dataset written and read back is equal to itself. */
class RoundTripPropertyTest {

    private static final String CHARS = "abcXYZ019 -_/.,'\"\\é£–\n\t";

    /** What the generated datasets covered, checked after the property. */
    private final Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);

    private final Set<Enum<?>> enums = new java.util.HashSet<>();

    private final List<Integer> scales = new ArrayList<>();

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
            s.append(CHARS.charAt(between(in, 0, CHARS.length() - 1)));
        }
        return s.toString();
    }

    private static String id(RandomnessSource in) {
        return "id-" + between(in, 0, 20);
    }

    private <E extends Enum<E>> E pick(RandomnessSource in, Class<E> type) {
        E[] values = type.getEnumConstants();
        E e = values[between(in, 0, values.length - 1)];
        enums.add(e);
        return e;
    }

    /** A decimal of scale 0 to 6, exactly as a file would hold it. */
    private BigDecimal decimal(RandomnessSource in) {
        long unscaled = SourceDSL.longs()
                .between(-1_000_000_000_000L, 1_000_000_000_000L)
                .generate(in);
        int scale = between(in, 0, 6);
        scales.add(scale);
        return BigDecimal.valueOf(unscaled, scale);
    }

    private BigDecimal positive(RandomnessSource in) {
        return decimal(in).abs();
    }

    private ReportingPeriod anyPeriod(RandomnessSource in) {
        int year = between(in, 1990, 2040);
        return switch (between(in, 0, 9)) {
            case 0 -> FinancialYear.of(year);
            case 1 -> FinancialQuarter.of(year, between(in, 1, 4));
            case 2 -> FinancialHalfYear.of(year, between(in, 1, 2));
            case 3 -> CalendarMonth.of(year, between(in, 1, 12));
            case 4 -> AcademicYear.of(year);
            case 5 -> CalendarYear.of(year);
            case 6 -> PooledYears.of(YearType.FINANCIAL, year, year + between(in, 1, 4));
            case 7 -> PooledYears.of(YearType.ACADEMIC, year, year + between(in, 1, 4));
            default -> PooledYears.of(YearType.CALENDAR, year, year + between(in, 1, 4));
        };
    }

    /**
     * A period whose label reads back under the year type its element is read with (the format reads
     * {@code "2015/16"} as the indicator's kind of year); a month where the drawn one would not.
     */
    private ReportingPeriod period(RandomnessSource in, YearType yearType) {
        ReportingPeriod p = anyPeriod(in);
        try {
            ReportingPeriod back = yearType == null
                    ? ReportingPeriod.parse(p.toString())
                    : ReportingPeriod.parse(p.toString(), yearType);
            if (!back.equals(p)) {
                p = CalendarMonth.of(2015, between(in, 1, 12));
            }
        } catch (PeriodParseException e) {
            p = CalendarMonth.of(2015, between(in, 1, 12));
        }
        kinds.add(p.getKind());
        return p;
    }

    private Tolerance tolerance(RandomnessSource in) {
        Tolerance.Kind kind = pick(in, Tolerance.Kind.class);
        return Tolerance.of(kind, kind == Tolerance.Kind.THRESHOLD ? decimal(in) : positive(in));
    }

    private Dataset dataset(RandomnessSource in) {
        ImmutableDataset.Builder b = Dataset.builder();
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
            ImmutableAction.Builder a =
                    Action.builder().id(id(in)).title(text(in)).lead(coin(in) ? text(in) : null);
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
        List<Indicator> indicators = new ArrayList<>();
        for (int i = between(in, 0, 3); i > 0; i--) {
            ImmutableIndicator.Builder ib = Indicator.builder()
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
            ImmutableTarget.Builder t = Target.builder()
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
            ObservationStatus status = pick(in, ObservationStatus.class);
            Observation.Builder o = Observation.builder()
                    .indicatorId(indicator)
                    .areaCode(id(in))
                    .period(period(in, yearType(indicator, indicators)))
                    .status(status)
                    .value(status.hasValue() && coin(in) ? decimal(in) : null)
                    .numerator(coin(in) ? positive(in) : null)
                    .denominator(coin(in) ? positive(in) : null)
                    .lowerCi(coin(in) ? decimal(in) : null)
                    .upperCi(coin(in) ? decimal(in) : null)
                    .ciLevel(coin(in) ? new BigDecimal(coin(in) ? "0.95" : "0.998") : null)
                    .note(coin(in) ? text(in) : null);
            b.addObservations(o.build());
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
            ImmutableComparatorGroup.Builder g = ComparatorGroup.builder()
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
            ImmutableReportedSummary.Builder r = ReportedSummary.builder()
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
        return b.build();
    }

    /** The id of one of the indicators, or of one not in the dataset. */
    private static String indicator(RandomnessSource in, List<Indicator> indicators) {
        int i = between(in, 0, indicators.size());
        return i == indicators.size() ? "not-in-dataset" : indicators.get(i).getId();
    }

    private static YearType yearType(String id, List<Indicator> indicators) {
        return indicators.stream()
                .filter(i -> i.getId().equals(id))
                .map(Indicator::getYearType)
                .findFirst()
                .orElse(null);
    }

    @Test
    void property_anyDatasetWrittenAndReadBackIsEqual() {
        Gen<Dataset> datasets = this::dataset;
        OutturnJson indented = OutturnJson.standard();
        OutturnJson compact = indented.withIndent(false);
        qt().withFixedSeed(20141015L).withExamples(500).forAll(datasets).checkAssert(ds -> {
            assertThat(Documents.read(indented.writeDatasetAsString(ds))).isEqualTo(ds);
            assertThat(Documents.read(compact.writeDatasetAsString(ds))).isEqualTo(ds);
        });
        // The generated datasets used every period kind, every enum value and every scale.
        assertThat(kinds).containsExactlyInAnyOrder(PeriodKind.values());
        for (Class<? extends Enum<?>> type : List.of(
                Status.class,
                Polarity.class,
                MeasureType.class,
                StatisticType.class,
                Frequency.class,
                YearType.class,
                ObservationStatus.class,
                AreaType.class,
                ComparatorType.class,
                SummaryScope.class,
                Tolerance.Kind.class)) {
            assertThat(enums).as(type.getSimpleName()).contains(type.getEnumConstants());
        }
        assertThat(scales).contains(0, 1, 2, 3, 4, 5, 6);
    }
}
