package io.github.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.outturn.highlight.IndicatorRollup;
import io.github.outturn.highlight.IndicatorRollups;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Priority;
import io.github.outturn.model.Status;
import io.github.outturn.model.Theme;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.rating.RatingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How a report is put together from the library's results. */
class ReportsTest {

    /** Nottingham's plan with its priorities grouped in two themes, and one measure of no priority. */
    static Dataset themed() {
        Dataset ds = Examples.read("nottingham-cypp-2015.json");
        List<Priority> priorities = new ArrayList<>();
        for (Priority p : ds.priorities()) {
            String theme = p.id().equals("P1") || p.id().equals("P4") ? "safe" : "healthy";
            priorities.add(Priority.builder().from(p).themeId(theme).build());
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : ds.indicators()) {
            indicators.add(
                    i.id().equals("breastfeeding")
                            ? Indicator.builder().from(i).priorityIds(List.of()).build()
                            : i);
        }
        return Dataset.builder()
                .from(ds)
                .themes(List.of(Theme.of("safe", "Safe and supported"), Theme.of("healthy", "Healthy and achieving")))
                .priorities(priorities)
                .indicators(indicators)
                .build();
    }

    @Test
    void sectionsFollowThemesAndPriorities() {
        Dataset ds = themed();
        Report r = Reports.assemble(ds, "892", Optional.of(FinancialYear.of(2014)), ReportOptions.defaults());
        assertThat(r.sections())
                .extracting(Report.Section::name)
                .containsExactly("Safe and supported", "Healthy and achieving", "Other priorities and measures");
        Report.Section safe = r.sections().get(0);
        assertThat(safe.parts())
                .extracting(Report.Part::name)
                .containsExactly(
                        "Safeguarding and supporting children and families",
                        "Empowering families to be strong and achieve economic well-being");
        // P1 holds avoidable admissions, care leavers, child protection plans and children looked after.
        assertThat(safe.parts().get(0).scorecard())
                .extracting(row -> row.indicator().id())
                .containsExactly("avoidable-admissions", "care-leavers-eet", "cp-plans", "cla-rate");
        List<IndicatorRollup> rollups =
                IndicatorRollups.of(ds, "892", Optional.of(FinancialYear.of(2014)), RatingPolicy.defaults());
        assertThat(safe.indicators()).contains(rollups.get(1));
        assertThat(r.sections().get(2).parts())
                .extracting(Report.Part::name)
                .containsExactly("Measures of no priority");
        assertThat(r.sections().get(2).parts().get(0).scorecard())
                .extracting(row -> row.indicator().id())
                .containsExactly("breastfeeding");
    }

    @Test
    void aPeriodWithoutObservationsLeavesMeasuresOut() {
        Report r = Reports.assemble(
                Examples.read("nottingham-cypp-2015.json"),
                "892",
                Optional.of(FinancialYear.of(2030)),
                ReportOptions.defaults());
        assertThat(r.sections().stream().flatMap(s -> s.parts().stream()).flatMap(p -> p.scorecard().stream()))
                .isEmpty();
        assertThat(r.cover().latestPeriod()).isEmpty();
    }

    @Test
    void detailRanksEveryAuthorityBestFirst() {
        Report r = Examples.nottingham();
        Report.IndicatorDetail dtap = r.details().stream()
                .filter(d -> d.row().indicator().id().equals("dtap-12m"))
                .findFirst()
                .orElseThrow();
        // Ten authorities have a 2014/15 value; Nottingham's 92.9 is 7th (HighlightCommandsTest's hand count).
        assertThat(dtap.ranked()).hasSize(10);
        Report.RankedArea nottingham = dtap.ranked().stream()
                .filter(Report.RankedArea::isArea)
                .findFirst()
                .orElseThrow();
        assertThat(nottingham.rank()).contains(7);
        assertThat(dtap.ranked().indexOf(nottingham)).isEqualTo(6);
        assertThat(dtap.ranked().get(0).value()).isEqualByComparingTo("95.6");
        assertThat(dtap.row().result().assessment().status()).isEqualTo(Status.RED);
    }

    @Test
    void optionsAreChecked() {
        assertThatThrownBy(() -> ReportOptions.defaults().withSummaryHighlights(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("summaryHighlights -1 is negative: expected 0 or more");
        ReportOptions o = ReportOptions.defaults().withSummaryHighlights(1);
        assertThat(o.summaryHighlights()).isEqualTo(1);
        assertThat(o.policyReferences())
                .containsExactly("outturn-default@2", "outturn-benchmark-default@3", "outturn-highlight-default@1");
        Report r = Reports.assemble(Examples.read("nottingham-cypp-2015.json"), "892", Optional.empty(), o);
        assertThat(r.summary().goodNews()).hasSize(1);
        assertThat(r.summary().moreGoodNews()).isPositive();
    }

    @Test
    void measuresWithNoPolarityCanBeLeftOut() {
        Dataset ds = Examples.read("nottingham-cypp-2015.json");
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : ds.indicators()) {
            indicators.add(
                    i.id().equals("cla-rate")
                            ? Indicator.builder()
                                    .from(i)
                                    .polarity(Polarity.NO_JUDGEMENT)
                                    .build()
                            : i);
        }
        Dataset changed = Dataset.builder().from(ds).indicators(indicators).build();
        Report all = Reports.assemble(changed, "892", Optional.empty(), ReportOptions.defaults());
        Report judged = Reports.assemble(
                changed, "892", Optional.empty(), ReportOptions.defaults().withJudgedOnly(true));
        assertThat(ids(all)).contains("cla-rate").hasSize(6);
        assertThat(ids(judged)).doesNotContain("cla-rate").hasSize(5);
    }

    private static List<String> ids(Report r) {
        return r.sections().stream()
                .flatMap(s -> s.parts().stream())
                .flatMap(p -> p.scorecard().stream())
                .map(row -> row.indicator().id())
                .collect(java.util.stream.Collectors.toList());
    }

    @Test
    void anUnknownAreaIsRefused() {
        assertThatThrownBy(() -> Reports.assemble(
                        Examples.read("nottingham-cypp-2015.json"),
                        "nowhere",
                        Optional.empty(),
                        ReportOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nowhere");
    }
}
