package io.github.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Observation;
import io.github.outturn.report.Report.IndicatorDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The detail pages' XmR chart, recent trend and funnel plot, on the illustrative public-health
 * dataset of this module's tests (src/test/resources/public-health-charts.json: Lancashire's 15
 * years of breastfeeding at 6 to 8 weeks, and nine North West authorities at 2019/20).
 *
 * <p>Every expected figure was worked with python3 from the published formulas, not from the code:
 * the XmR limits from NHS England's "Making Data Count" (mean, moving ranges, those of 3.267 times
 * their mean or more screened out, limits at 2.66 mean moving ranges); the funnel limits by solving
 * Wilson's score interval for the proportion whose bound just reaches the average, by bisection
 * (PHE's definition, not its closed form); the recent trend by a weighted least squares fit with
 * weights 1 / SE^2, SE = (upper - lower) / 3.92 of each year's Wilson 95% interval.
 */
class StatisticalChartsReportTest {

    private static final String BREASTFEEDING = "Infants breastfed at 6 to 8 weeks";

    private static final String INJURIES = "Hospital admissions for injuries in children aged 0 to 14, per 10,000";

    private static Element page(Document doc, String name) {
        return doc.select("article.detail").stream()
                .filter(a -> a.selectFirst("h3").text().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Element svgAfter(Element heading) {
        Element e = heading.nextElementSibling();
        while (e != null && !e.tagName().equals("figure")) {
            e = e.nextElementSibling();
        }
        return e.selectFirst("svg");
    }

    private static Element heading(Element page, String start) {
        return page.select("h4").stream()
                .filter(h -> h.text().startsWith(start))
                .findFirst()
                .orElseThrow();
    }

    /** Each authority of a funnel plot's table, with where it lies against the limits. */
    private static Map<String, String> againstTheLimits(Element table) {
        return table.select("tbody tr").stream()
                .collect(Collectors.toMap(
                        r -> r.select("td").get(0).text(),
                        r -> r.select("td").get(4).text()));
    }

    /** How many subpaths ("M" commands) a path draws: one per point for the dot paths. */
    private static int moves(Element path) {
        return path.attr("d").split("M", -1).length - 1;
    }

    @Test
    void xmrChartMarksTheSpecialCausePointsByShapeAndColour() {
        Document doc = Jsoup.parse(HtmlReport.render(Examples.publicHealth()));
        Element page = page(doc, BREASTFEEDING);
        Element heading = heading(page, "Statistical process control");
        assertThat(heading.text()).isEqualTo("Statistical process control, 2005/06 to 2019/20");
        Element svg = svgAfter(heading);
        assertThat(svg.selectFirst("title").text()).contains("XmR chart of 15 values", "2 special-cause points");
        assertThat(svg.selectFirst("desc").text()).contains("diamond for improvement", "triangle for concern");
        // Every value on the line; the 13 common-cause points as one path; the two special ones alone.
        assertThat(svg.selectFirst("polyline.x-values").attr("points").split(" "))
                .hasSize(15);
        assertThat(moves(svg.selectFirst("path.x-common"))).isEqualTo(13);
        // 36.0% in 2010/11 is below the lower limit of 37.82% (higher is better: concern); 47.0% in
        // 2019/20 is above the upper limit of 46.54% (improvement). Nothing else meets a rule: no run of
        // seven on one side of the mean of 42.18%, no six steps one way, no two in three beyond
        // 39.27% or 45.09%.
        List<Element> marks = svg.select("path.x-mark");
        assertThat(marks).hasSize(2);
        assertThat(marks.get(0).hasClass("x-concern")).isTrue();
        assertThat(marks.get(0).selectFirst("title").text())
                .isEqualTo("2010/11: 36.0%, special cause: concern (Below LCL)");
        assertThat(marks.get(1).hasClass("x-improvement")).isTrue();
        assertThat(marks.get(1).selectFirst("title").text())
                .isEqualTo("2019/20: 47.0%, special cause: improvement (Above UCL)");
        // The shapes differ as well as the colours: a triangle has three corners, a diamond four.
        assertThat(marks.get(0).attr("d").split("L")).hasSize(3);
        assertThat(marks.get(1).attr("d").split("L")).hasSize(4);
        assertThat(svg.select("path.x-target")).hasSize(1);
        assertThat(svg.select("text").eachText()).contains("Target 45.0%");
        assertThat(page.select("ul.legend").eachText())
                .anyMatch(t -> t.contains("◆ Special cause: improvement") && t.contains("▲ Special cause: concern"));

        // The table beneath: the mean and limits worked by hand. Moving ranges 0.8, 1.5, 1.1, 0.7, 6.4,
        // 6.6, 0.8, 1.2, 0.8, 0.7, 1.4, 0.9, 1.4, 3.6 (mean 1.99286); 6.6 is 3.267 x 1.99286 = 6.51 or
        // more, so it is screened out: mean moving range 21.3 / 13 = 1.63846; mean 632.7 / 15 = 42.18;
        // limits 42.18 -/+ 2.66 x 1.63846 = 37.8217 and 46.5383.
        Element table = page.selectFirst("table.xmr");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).hasSize(15);
        for (Element row : rows) {
            assertThat(row.select("td").eachText().subList(1, 4)).containsExactly("42.18%", "37.82%", "46.54%");
        }
        Map<String, String> shows = rows.stream()
                .collect(Collectors.toMap(
                        r -> r.selectFirst("th").text(),
                        r -> r.select("td").last().text()));
        assertThat(shows.get("2010/11")).isEqualTo("▲ Special cause: concern");
        assertThat(shows.get("2019/20")).isEqualTo("◆ Special cause: improvement");
        assertThat(shows.values().stream().filter("● Common cause"::equals)).hasSize(13);
        assertThat(table.select("tr.special")).hasSize(2);
    }

    @Test
    void recentTrendSitsBesideTheSeriesChart() {
        Document doc = Jsoup.parse(HtmlReport.render(Examples.publicHealth()));
        // 2015/16 to 2019/20: 41.5, 42.9, 42.0, 43.4, 47.0 with Wilson 95% intervals from 4324/10420 ...
        // 4706/10012; weighted slope 1.13748 a year, chi-squared 53.8421 > 9.5495, and the slope stays
        // positive leaving out any one year (1.354, 1.234, 1.143, 1.298, 0.480).
        Element trend = page(doc, BREASTFEEDING).selectFirst("p.trend");
        assertThat(trend.text())
                .startsWith("Recent trend: Increasing and getting better: chi-squared 53.8421 above 9.54954")
                .contains("slope 1.13748", "over 2015 to 2019");
        // The injuries' five years fall every year: 136.1 to 118.7 per 10,000, lower is better.
        assertThat(page(doc, INJURIES).selectFirst("p.trend").text())
                .startsWith("Recent trend: Decreasing and getting better");
    }

    @Test
    void funnelPlotOfProportionsMarksAndLabelsTheArea() {
        Document doc = Jsoup.parse(HtmlReport.render(Examples.publicHealth()));
        Element page = page(doc, BREASTFEEDING);
        Element heading = heading(page, "Funnel plot");
        Element svg = svgAfter(heading);
        assertThat(svg.selectFirst("title").text())
                .isEqualTo(BREASTFEEDING + ", 2019/20: funnel plot of 10 authorities, Lancashire marked");
        assertThat(moves(svg.selectFirst("path.f-others"))).isEqualTo(9);
        assertThat(svg.select("path.f-area")).hasSize(1);
        assertThat(svg.selectFirst("path.f-area title").text()).isEqualTo("Lancashire: 47.0%, Not significant");
        assertThat(svg.selectFirst("text.f-label").text()).isEqualTo("Lancashire");
        assertThat(svg.select("path.f-95")).hasSize(2);
        assertThat(svg.select("path.f-998")).hasSize(2);
        assertThat(svg.selectFirst("g[clip-path]").attr("clip-path"))
                .isEqualTo("url(#" + svg.selectFirst("clipPath").id() + ")");

        // The average: 18,097 breastfed of 39,112 infants (the sums of the numerators and of the
        // denominators), 46.2697%. At Lancashire's 10,012 the proportion whose Wilson bound just reaches
        // it: 95% 45.2930 to 47.2464, 99.8% 44.7298 to 47.8096 (bisection on Wilson's formula).
        assertThat(heading.nextElementSibling().text())
                .contains("Lancashire: 47.0% from 4,706 of 10,012, within the limits")
                .contains("centre line is 46.27%")
                .contains("95% limits are 45.29% to 47.25% and the 99.8% limits 44.73% to 47.81%");

        // Each authority against the limits at its own denominator, worked the same way.
        Element table = page.selectFirst("table.funnel");
        Map<String, String> against = againstTheLimits(table);
        assertThat(against)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "◆ Lancashire", "within the limits",
                        "Blackburn with Darwen", "below the 99.8% limit",
                        "Blackpool", "below the 99.8% limit",
                        "Bolton", "below the 95% limit",
                        "Bury", "within the limits",
                        "Manchester", "above the 99.8% limit",
                        "Oldham", "below the 99.8% limit",
                        "Rochdale", "below the 99.8% limit",
                        "Salford", "within the limits",
                        "Stockport", "above the 99.8% limit"));
        assertThat(table.select("tr.area td").eachText())
                .containsExactly("◆ Lancashire", "4,706", "10,012", "47.0%", "within the limits");
    }

    @Test
    void funnelPlotOfRatesAndNoXmrChartForAShortSeries() {
        Document doc = Jsoup.parse(HtmlReport.render(Examples.publicHealth()));
        Element page = page(doc, INJURIES);
        // Five years are too few for an XmR chart (13 or more).
        assertThat(page.select("h4").eachText()).noneMatch(t -> t.startsWith("Statistical process control"));
        assertThat(page.select("table.xmr")).isEmpty();
        Element table = page.selectFirst("table.funnel");
        assertThat(table.select("thead th").eachText())
                .containsExactly("Authority", "Events", "Population", "Value", "Against the limits");
        assertThat(table.select("tbody tr")).hasSize(10);
        // A crude rate's population is derived from its events and rate (PHE): Lancashire's 2,521
        // events at 118.7 per 10,000 stand for 10,000 x 2,521 / 118.7 = 212,384. The average is the
        // events over the derived populations, 125.364 per 10,000; each authority's Byar limits on its
        // events, over its population, against it: Lancashire's 95% upper 123.43 is below it, its 99.8%
        // upper 126.19 is not.
        assertThat(table.select("tr.area td").eachText())
                .containsExactly("◆ Lancashire", "2,521", "212,384", "118.7", "below the 95% limit");
        Map<String, String> against = againstTheLimits(table);
        assertThat(against)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "◆ Lancashire", "below the 95% limit",
                        "Blackburn with Darwen", "within the limits",
                        "Blackpool", "above the 99.8% limit",
                        "Bolton", "below the 95% limit",
                        "Bury", "below the 99.8% limit",
                        "Manchester", "above the 99.8% limit",
                        "Oldham", "within the limits",
                        "Rochdale", "within the limits",
                        "Salford", "above the 99.8% limit",
                        "Stockport", "below the 99.8% limit"));
        assertThat(page.select("p").eachText()).anyMatch(t -> t.contains("centre line is 125.36"));
    }

    @Test
    void workbookHoldsTheChartsFiguresCellByCell() throws Exception {
        byte[] xlsx = XlsxReport.render(Examples.publicHealth());
        Workbooks.Table control = Workbooks.sheet(xlsx, "Control charts");
        // 15 points of the one XmR chart, each with the limits worked by hand above.
        assertThat(control.rows()).hasSize(16);
        var low = control.row("Period", "2010/11");
        assertThat(control.text(low, "Measure")).isEqualTo(BREASTFEEDING);
        assertThat(control.number(low, "Value")).isEqualByComparingTo("36.0");
        assertThat(control.number(low, "Mean").doubleValue()).isCloseTo(42.18, within(1e-12));
        assertThat(control.number(low, "Lower limit").doubleValue()).isCloseTo(42.18 - 2.66 * 21.3 / 13, within(1e-12));
        assertThat(control.number(low, "Upper limit").doubleValue()).isCloseTo(42.18 + 2.66 * 21.3 / 13, within(1e-12));
        assertThat(control.text(low, "Rule met")).isEqualTo("Below LCL");
        assertThat(control.text(low, "Shows")).isEqualTo("Special cause: concern");
        assertThat(control.number(low, "Target")).isEqualByComparingTo("45");
        assertThat(control.text(control.row("Period", "2019/20"), "Shows")).isEqualTo("Special cause: improvement");
        assertThat(control.text(control.row("Period", "2019/20"), "Method")).isEqualTo("mdc-xmr@1");

        Workbooks.Table funnel = Workbooks.sheet(xlsx, "Funnel plots");
        // Ten authorities for each of the two measures.
        assertThat(funnel.rows()).hasSize(21);
        var lancashire = funnel.row("Code", "888");
        assertThat(funnel.text(lancashire, "Measure")).isEqualTo(BREASTFEEDING);
        assertThat(funnel.number(lancashire, "Numerator")).isEqualByComparingTo("4706");
        assertThat(funnel.number(lancashire, "Denominator")).isEqualByComparingTo("10012");
        assertThat(funnel.number(lancashire, "Value").doubleValue()).isCloseTo(47.0, within(0.01));
        assertThat(funnel.number(lancashire, "Centre line").doubleValue())
                .isCloseTo(100.0 * 18097 / 39112, within(1e-9));
        assertThat(funnel.text(lancashire, "Against the limits")).isEqualTo("within the limits");
        assertThat(funnel.text(funnel.row("Authority", "Bolton"), "Against the limits"))
                .isEqualTo("below the 95% limit");
    }

    @Test
    void theXmrChartNeedsThirteenValues() {
        Dataset full = Examples.publicHealthData();
        // 15 values: drawn. Without the first two (13 values) still drawn; without three (12), not.
        for (int dropped : new int[] {0, 2, 3}) {
            List<Observation> kept = new ArrayList<>();
            int skipped = 0;
            for (Observation o : full.observations()) {
                if (o.indicatorId().equals("breastfeeding") && o.areaCode().equals("888") && skipped < dropped) {
                    skipped++;
                } else {
                    kept.add(o);
                }
            }
            Dataset ds = Dataset.builder().from(full).observations(kept).build();
            IndicatorDetail d = Reports.assemble(
                            ds, "888", ReportOptions.defaults().withDetail(true))
                    .details()
                    .get(0);
            assertThat(d.control().isPresent()).as(dropped + " dropped").isEqualTo(15 - dropped >= 13);
            d.control().ifPresent(c -> assertThat(c.periods()).hasSize(15 - dropped));
        }
    }

    @Test
    void aPageWithoutFiguresAcrossAuthoritiesHasNoFunnel() {
        // Nottingham's measures have numerators for Nottingham alone: no funnel, and series of three
        // years: no XmR chart.
        for (IndicatorDetail d : Examples.nottingham().details()) {
            assertThat(d.funnel()).as(d.row().indicator().id()).isEmpty();
            assertThat(d.control()).isEmpty();
        }
    }
}
