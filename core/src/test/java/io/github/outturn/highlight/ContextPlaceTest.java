package io.github.outturn.highlight;

import static io.github.outturn.testkit.SampleDatasets.fy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.benchmark.Ranking;
import io.github.outturn.benchmark.RankingSet;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The places {@link Context#place} reads from a group's shared rankings are the places found by
 * ranking the area's value among the group's values directly, as {@link Ranking#rankOf} does: for
 * every area of every group, both ends, ties, missing values, and areas outside the ranking set.
 */
class ContextPlaceTest {

    private static final ReportingPeriod YEAR = fy("2016/17");

    /** An area's rank and rank from the worst end, worked out by counting, independently of both. */
    private static int[] counted(BigDecimal value, List<BigDecimal> group, Polarity polarity) {
        int higher = 0;
        int lower = 0;
        int present = 0;
        boolean found = false;
        for (BigDecimal v : group) {
            if (v != null) {
                present++;
                int c = v.compareTo(value);
                higher += c > 0 ? 1 : 0;
                lower += c < 0 ? 1 : 0;
                found |= c == 0;
            }
        }
        int n = present + (found ? 0 : 1);
        boolean up = polarity == Polarity.HIGHER_IS_BETTER;
        return new int[] {(up ? higher : lower) + 1, (up ? lower : higher) + 1, n};
    }

    @Test
    void property_sharedPlacesAreTheDirectPlaces() {
        qt().withFixedSeed(20261202L)
                .forAll(
                        // Each area's value: 0 missing, else 1 to 6 (so that many tie); one area in
                        // four former; the polarity.
                        lists().of(integers().between(0, 6)).ofSizeBetween(1, 14),
                        lists().of(integers().between(0, 3)).ofSize(14),
                        integers().between(0, 1),
                        integers().between(0, 1))
                .checkAssert((values, former, higher, current) -> {
                    Polarity polarity = higher == 1 ? Polarity.HIGHER_IS_BETTER : Polarity.LOWER_IS_BETTER;
                    Indicator indicator = Indicator.builder()
                            .id("i")
                            .name("An indicator")
                            .polarity(polarity)
                            .build();
                    var ds = Dataset.builder().addIndicators(indicator);
                    List<String> codes = new ArrayList<>();
                    for (int k = 0; k < values.size(); k++) {
                        String code = String.valueOf(301 + k);
                        codes.add(code);
                        ds.addAreas(Area.builder()
                                .code(code)
                                .name("Area " + code)
                                .type(AreaType.LOCAL_AUTHORITY)
                                .regionCode(k % 2 == 0 ? "E12000001" : "E12000002")
                                .current(former.get(k) != 0)
                                .build());
                        if (values.get(k) != 0) {
                            ds.addObservations(
                                    Observation.of("i", code, YEAR, BigDecimal.valueOf(values.get(k) * 5L, 1)));
                        }
                    }
                    ds.addAreas(Area.of("E12000001", "North East", AreaType.REGION));
                    ds.addAreas(Area.of("E12000002", "North West", AreaType.REGION));
                    // The first area's neighbours: every third area, itself not among them.
                    List<String> neighbours = new ArrayList<>();
                    for (int k = 1; k < codes.size(); k += 3) {
                        neighbours.add(codes.get(k));
                    }
                    ds.addComparatorGroups(ComparatorGroup.builder()
                            .id("sn-" + codes.get(0))
                            .name("Neighbours")
                            .type(ComparatorType.STATISTICAL_NEIGHBOURS)
                            .areaCode(codes.get(0))
                            .memberCodes(neighbours)
                            .build());
                    BenchmarkPolicy benchmarks = BenchmarkPolicy.builder()
                            .from(BenchmarkPolicy.defaults())
                            .rankingSet(current == 1 ? RankingSet.CURRENT_AUTHORITIES : RankingSet.ALL_AUTHORITIES)
                            .build();
                    Context ctx =
                            new Context(ds.build(), HighlightPolicy.defaults(), RatingPolicy.defaults(), benchmarks);
                    for (String area : codes) {
                        BigDecimal value = ctx.value("i", area, YEAR);
                        if (value == null) {
                            continue;
                        }
                        for (Context.Group g : ctx.groups(area)) {
                            Context.Place place = ctx.place(indicator, YEAR, g, area, value);
                            int[] expected = counted(value, ctx.groupValues(indicator, YEAR, g, area), polarity);
                            assertThat(place.rank())
                                    .as("%s in %s", area, g.name())
                                    .isEqualTo(Rank.of(expected[0], expected[2]));
                            assertThat(place.fromWorst())
                                    .as("%s in %s from the worst", area, g.name())
                                    .isEqualTo(expected[1]);
                        }
                    }
                });
    }
}
