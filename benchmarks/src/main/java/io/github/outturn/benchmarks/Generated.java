package io.github.outturn.benchmarks;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.FinancialQuarter;
import io.github.outturn.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Large synthetic datasets for the reader benchmarks: 4 indicators, 150 areas, financial quarters,
 * every (indicator, area, period) distinct.
 *
 * <p>{@code Dataset ds = Generated.observations(200_000);}
 */
public final class Generated {

    /** Areas per period. */
    static final int AREAS = 150;

    private Generated() {}

    /**
     * A dataset of {@code count} observations: values with one decimal, every fifth with a numerator,
     * a denominator and confidence limits, as in the JSON reader's own large-document test.
     *
     * @param count how many observations
     * @return the dataset
     */
    public static Dataset observations(int count) {
        Polarity[] polarities = {
            Polarity.HIGHER_IS_BETTER, Polarity.LOWER_IS_BETTER, Polarity.TARGET_BAND, Polarity.NO_JUDGEMENT
        };
        Dataset.Builder b = Dataset.builder();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < polarities.length; k++) {
            String id = "ind-" + k;
            ids.add(id);
            b.addIndicators(Indicator.builder()
                    .id(id)
                    .name("Indicator " + k)
                    .polarity(polarities[k])
                    .build());
        }
        List<String> areas = new ArrayList<>();
        for (int a = 0; a < AREAS; a++) {
            areas.add("E0800" + (1000 + a));
        }
        int perIndicator = (count + ids.size() - 1) / ids.size();
        List<ReportingPeriod> quarters = new ArrayList<>();
        for (int q = 0; q * AREAS < perIndicator; q++) {
            quarters.add(FinancialQuarter.of(1900 + q / 4, q % 4 + 1));
        }
        List<Observation> observations = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int within = i % perIndicator;
            BigDecimal value = new BigDecimal((i % 1000) + "." + (i % 10));
            var o = Observation.builder()
                    .indicatorId(ids.get(i / perIndicator))
                    .areaCode(areas.get(within % AREAS))
                    .period(quarters.get(within / AREAS))
                    .value(value);
            if (i % 5 == 0) {
                o.numerator(BigDecimal.valueOf(i % 1000))
                        .denominator(BigDecimal.valueOf(1000))
                        .lowerCi(value.subtract(BigDecimal.ONE))
                        .upperCi(value.add(BigDecimal.ONE));
            }
            observations.add(o.build());
        }
        return b.addAllObservations(observations).build();
    }
}
