package io.github.outturn.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.io.Codes;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.model.Target;
import io.github.outturn.model.Tolerance;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.testing.ConformanceTables;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives the published conformance table {@code conformance/indicator-rating.csv}: every row was
 * worked by hand from the rules in docs/rating.md section 1 (see the table's README for the columns), never from this code's
 * output.
 */
class IndicatorRatingConformanceTest {

    private static final FinancialYear YEAR = FinancialYear.of(2014);
    private static final String AREA = "E08000018";
    private static final String ID = "conformance";

    static Stream<Map<String, String>> data_conformance() {
        return rows().stream();
    }

    @Test
    void test_table_hasAtLeastSixtyRowsCoveringEveryStatusAndPolarity() {
        List<Map<String, String>> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows.stream().map(r -> r.get("expected_status")).distinct())
                .contains("blue", "green", "amber", "red", "not-rated", "no-data", "error");
        assertThat(rows.stream().map(r -> r.get("polarity")).distinct())
                .containsExactlyInAnyOrder("higher-is-better", "lower-is-better", "target-band", "no-judgement");
        assertThat(rows.stream().map(r -> r.get("case")).distinct()).hasSize(rows.size());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("data_conformance")
    void test_assess_conformanceRow(Map<String, String> row) {
        Indicator indicator = Indicator.builder()
                .id(ID)
                .name("Conformance indicator")
                .unit(Optional.of(row.get("unit")).filter(u -> !u.isEmpty()))
                .decimalPlaces(Integer.parseInt(row.get("decimal_places")))
                .polarity(code(Polarity.class, row.get("polarity")))
                .build();

        Optional<Observation> observation = switch (row.get("value_status")) {
            case "", "actual" -> Optional.of(Observation.of(ID, AREA, YEAR, decimal(row.get("value"))));
            case "none" -> Optional.empty();
            default ->
                Optional.of(
                        Observation.missing(ID, AREA, YEAR, code(ObservationStatus.class, row.get("value_status"))));
        };

        Optional<Target> target = Optional.empty();
        if (!(row.get("target") + row.get("lower") + row.get("upper")).isEmpty()) {
            target = Optional.of(Target.builder()
                    .indicatorId(ID)
                    .period(YEAR)
                    .value(optionalDecimal(row.get("target")))
                    .lower(optionalDecimal(row.get("lower")))
                    .upper(optionalDecimal(row.get("upper")))
                    .tolerance(Optional.of(row.get("tolerance"))
                            .filter(t -> !t.isEmpty())
                            .map(Tolerance::parse))
                    .build());
        }

        Optional<Observation> lastYear = optionalDecimal(row.get("last_year_value"))
                .map(v -> Observation.of(ID, AREA, YEAR.samePeriodLastYear(), v));

        ImmutableRatingPolicy policy = RatingPolicy.defaults()
                .withRescuedByImprovement(Boolean.parseBoolean(row.get("rescued_by_improvement")));
        if (!row.get("value_comparison").isEmpty()) {
            policy = policy.withValueComparison(code(ValueComparison.class, row.get("value_comparison")));
        }
        if (!row.get("zero_target_rule").isEmpty()) {
            policy = policy.withZeroTargetRule(code(ZeroTargetRule.class, row.get("zero_target_rule")));
        }
        if (!row.get("blue_margin").isEmpty()) {
            policy = policy.withBlueMargin(Tolerance.parse(row.get("blue_margin")));
        }
        RatingPolicy p = policy;
        Optional<Target> t = target;

        if (row.get("expected_status").equals("error")) {
            assertThatThrownBy(() -> IndicatorRating.assess(indicator, AREA, YEAR, observation, t, lastYear, p))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(row.get("reason_contains"));
            assertThatThrownBy(() -> IndicatorRating.status(indicator, AREA, YEAR, observation, t, lastYear, p))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(row.get("reason_contains"));
            return;
        }
        IndicatorAssessment a = IndicatorRating.assess(indicator, AREA, YEAR, observation, t, lastYear, p);
        assertThat(a.getStatus())
                .as("%s: %s", row.get("case"), a.getReason())
                .isEqualTo(code(Status.class, row.get("expected_status")));
        assertThat(IndicatorRating.status(indicator, AREA, YEAR, observation, t, lastYear, p))
                .as("%s: the status alone", row.get("case"))
                .isEqualTo(code(Status.class, row.get("expected_status")));
        assertThat(a.getReason()).contains(row.get("reason_contains"));
        assertThat(a.getReason()).endsWith(": " + a.getStatus());
        assertThat(a.getPolicyReference()).isEqualTo("outturn-default@2");
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return Codes.parse(type, code)
                .orElseThrow(() -> new IllegalArgumentException(
                        "\"" + code + "\" is not a code of " + type.getSimpleName() + ": " + Codes.allOf(type)));
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    private static Optional<BigDecimal> optionalDecimal(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(text));
    }

    static List<Map<String, String>> rows() {
        return ConformanceTables.rows("/conformance/indicator-rating.csv");
    }
}
