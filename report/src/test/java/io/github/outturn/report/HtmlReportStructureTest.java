package io.github.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.highlight.Exceptions;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.Status;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.rating.IndicatorRating;
import io.github.outturn.rating.RatingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's HTML as a parser sees it: structure, figures, escaping, self-containment. */
class HtmlReportStructureTest {

    private static final Pattern EXTERNAL = Pattern.compile("(?i)^\\s*(https?:|ftp:|//|data:|javascript:|file:)");

    @Test
    void nottinghamScorecardHoldsTheMinutesFigures() {
        Document doc = Jsoup.parse(HtmlReport.render(Examples.nottingham()));
        Element row = scorecardRow(doc, "DTaP/IPV/Hib immunisation take-up at 12 months");
        List<String> cells = row.select("td").eachText();
        List<String> figures = row.select("td").stream().map(Element::ownText).collect(Collectors.toList());
        // Nottingham's 2014/15 figures as the committee saw them: 92.9% against a target of 95.0%,
        // England 94.2%, East Midlands 94.8%, statistical neighbours 93.6% (docs/highlights.md).
        assertThat(cells.get(0)).isEqualTo("2014/15");
        assertThat(cells.get(1)).isEqualTo("92.9%");
        assertThat(cells.get(2)).isEqualTo("95.0%");
        assertThat(cells.get(3)).isEqualTo("✖ Red");
        assertThat(figures.subList(6, 9)).containsExactly("94.2%", "94.8%", "93.6%");
        // Lower than all three, and higher is better: worse than each.
        assertThat(row.select("td .judgement").eachText()).containsExactly("worse", "worse", "worse");
        assertThat(cells.get(9)).isEqualTo("7 of 10");
    }

    @Test
    void everyStatusIsTheLibrarysRating() {
        Dataset ds = Examples.read("nottingham-cypp-2015.json");
        Document doc = Jsoup.parse(HtmlReport.render(Examples.nottingham()));
        int checked = 0;
        for (Indicator i : ds.indicators()) {
            List<Observation> series = ds.series(i.id(), "892");
            if (series.isEmpty()) {
                continue;
            }
            Observation last = series.get(series.size() - 1);
            Status expected = IndicatorRating.assess(ds, i.id(), "892", last.period(), RatingPolicy.defaults())
                    .status();
            Element row = scorecardRow(doc, i.name());
            assertThat(row.select("td").get(0).text()).isEqualTo(last.period().toString());
            assertThat(row.select("td .status").text()).endsWith(statusWord(expected));
            checked++;
        }
        assertThat(checked).isEqualTo(ds.indicators().size());
    }

    @Test
    void theRankedChartDrawsEveryAuthorityOfItsTable() {
        Document doc = Jsoup.parse(HtmlReport.render(Examples.nottingham()));
        Element dtap = doc.select("article.detail:has(h3:contains(DTaP/IPV/Hib immunisation take-up at 12 months))")
                .first();
        Element chart = dtap.select("svg:has(path.bars)").first();
        // The minutes' 2014/15 figures: ten authorities with a figure (Sandwell has none), Nottingham's
        // 92.9% seventh behind Newcastle 95.6, Sheffield 95.1, Southampton 94.9, Birmingham 94.3,
        // Oldham 93.7 and Middlesbrough 93.0, ahead of Bradford 92.4, Salford 92.0 and Manchester 91.8.
        assertThat(chart.select("> title").text()).contains("10 authorities ranked");
        assertThat(chart.select("> desc").text()).isNotBlank();
        assertThat(chart.select("path.bars").attr("d").split(" M")).hasSize(9);
        assertThat(chart.select("rect.bar.area title").text()).isEqualTo("7. Nottingham: 92.9%");
        Element table = chart.parent().nextElementSibling();
        assertThat(table.select("tbody tr")).hasSize(10);
        assertThat(table.select("tbody tr").get(0).select("td").eachText())
                .startsWith("1", "Newcastle upon Tyne", "95.6%");
        assertThat(table.select("tr.area td").eachText()).startsWith("7", "▲ Nottingham", "92.9%");
        assertThat(table.select("tbody tr").get(9).select("td").eachText()).startsWith("10", "Manchester", "91.8%");
        // An interval line for each authority whose interval the table gives, and no more.
        long intervals = table.select("tbody tr").stream()
                .filter(tr -> tr.select("td").size() > 3
                        && !tr.select("td").get(3).text().isEmpty())
                .count();
        assertThat(chart.select("path.ci").attr("d").split(" M", -1)).hasSize(intervals == 0 ? 1 : (int) intervals);
    }

    @Test
    void exceptionsAreTheEnginesConcerns() {
        Dataset ds = Examples.read("nottingham-cypp-2015.json");
        var concerns = Exceptions.find(
                ds,
                "892",
                Optional.empty(),
                HighlightPolicy.defaults(),
                RatingPolicy.defaults(),
                BenchmarkPolicy.defaults());
        Document doc = Jsoup.parse(HtmlReport.render(Examples.nottingham()));
        var rows = doc.select("#exceptions tbody tr");
        assertThat(rows).hasSize(concerns.size()).isNotEmpty();
        for (int k = 0; k < concerns.size(); k++) {
            assertThat(rows.get(k).select("td").get(0).text())
                    .isEqualTo(concerns.get(k).name());
            for (String sentence : concerns.get(k).sentences()) {
                assertThat(rows.get(k).text()).contains(sentence);
            }
        }
    }

    @Test
    void rotherhamActionsAreCountedAsTheLibraryCounts() {
        Document doc = Jsoup.parse(HtmlReport.render(Examples.rotherham()));
        // 159 actions in the plan, as the minutes print; the latest review is 2014/15 H1.
        Element table = doc.select("#summary table").first();
        assertThat(table.select("caption").text()).isEqualTo("Actions by status, 2014/15 H1");
        assertThat(table.select("tr:contains(Total) td").first().text()).isEqualTo("159");
        assertThat(doc.select("#summary svg title").first().text()).startsWith("Actions by status, 2014/15 H1:");
    }

    @Test
    void headingsAreInOrderAndTheDocumentIsSelfContained() {
        for (Report r : List.of(Examples.rotherham(), Examples.nottingham(), Examples.stockport())) {
            Document doc = Jsoup.parse(HtmlReport.render(r));
            assertThat(doc.select("html").attr("lang")).isEqualTo("en-GB");
            assertThat(doc.select("h1")).hasSize(1);
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertThat(level).as(h.text()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
            String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
            assertThat(csp).contains("default-src 'none'", "script-src 'none'", "style-src 'sha256-");
            assertThat(doc.select("script, link, img, iframe, object, embed, base"))
                    .isEmpty();
            List<String> external = new ArrayList<>();
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (EXTERNAL.matcher(a.getValue()).find()) {
                        external.add(e.tagName() + " " + a);
                    }
                }
            }
            assertThat(external).isEmpty();
            assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
            for (Element svg : doc.select("svg")) {
                assertThat(svg.select("> title").text())
                        .as("every chart has a title")
                        .isNotBlank();
            }
        }
    }

    @Test
    void textFromTheDataIsEscaped() {
        Dataset ds = Examples.read("nottingham-cypp-2015.json");
        String hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> & \"quoted\"";
        List<Indicator> renamed = new ArrayList<>();
        for (Indicator i : ds.indicators()) {
            renamed.add(Indicator.builder().from(i).name(i.name() + hostile).build());
        }
        List<Observation> noted = new ArrayList<>();
        for (Observation o : ds.observations()) {
            noted.add(o.areaCode().equals("892") ? o.withNote(hostile) : o);
        }
        Dataset bad = Dataset.builder()
                .from(ds)
                .indicators(renamed)
                .observations(noted)
                .build();
        String html = HtmlReport.render(Reports.assemble(
                bad,
                "892",
                Optional.of(FinancialYear.of(2014)),
                ReportOptions.defaults().withDetail(true)));
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()))
                .noneMatch(a -> a.getKey().startsWith("on"));
        assertThat(doc.select("#section-1 tbody th").first().text()).contains(hostile);
        assertThat(doc.select(".commentary").first().text()).isEqualTo(hostile);
        assertThat(doc.select("svg title").eachText()).anyMatch(t -> t.contains(hostile));
    }

    @Test
    void resourcesHoldTheBudgetsAsTheLibraryJudgesThem() {
        Report report = Examples.stockport();
        Document doc = Jsoup.parse(HtmlReport.render(report));
        Element section = doc.select("section#resources").first();
        assertThat(section).isNotNull();
        assertThat(section.select("h2").text()).isEqualTo("Resources, 2016/17 Q1");
        assertThat(doc.select("nav a[href=#resources]").text()).isEqualTo("Resources, 2016/17 Q1");
        // The minutes' pressures, figures invented and worked by hand: placements 9.7m against 8.5m is
        // +1.2m (14.1%), special guardianship 2.15m against 1.8m +350k (19.4%), Section 17 395k against
        // 250k +145k (58.0%): all Red, each a word and a symbol as well as a colour.
        Element placements = budgetRow(section, "External placements (children looked after)");
        assertThat(placements.select("td").eachText())
                .containsExactly(
                        "Children and Families",
                        "£8.5m",
                        "£9.7m",
                        "+£1.2m",
                        "+14.1%",
                        "✖ Red",
                        "projected overspend of £1.2m (14.1% of the £8.5m budget): RED Illustrative: more children"
                                + " placed with external providers than budgeted for");
        assertThat(budgetRow(section, "Special guardianship orders")
                        .select("td")
                        .eachText())
                .contains("+£350k", "+19.4%", "✖ Red");
        assertThat(budgetRow(section, "Section 17 payments (edge of care)")
                        .select("td")
                        .eachText())
                .contains("+£145k", "+58.0%", "✖ Red");
        // An underspend goes left with a minus; income short of its budget is an adverse (plus) variance.
        assertThat(budgetRow(section, "School improvement").select("td").eachText())
                .contains("-£50k", "-4.2%", "✔ Green");
        assertThat(budgetRow(section, "Early years income").select("td").eachText())
                .contains("+£10k", "+1.7%", "▲ Amber");
        // Every status in the table is the library's.
        var lines = report.resources().orElseThrow().finance().services();
        for (var a : lines) {
            assertThat(budgetRow(section, a.name()).select(".status").text()).endsWith(statusWord(a.status()));
        }
        // The chart: a title, a description, one bar per line, each titled with its reason and
        // labelled with its variance and the status's symbol.
        Element chart = section.select("svg").first();
        assertThat(chart.select("> title").text()).isEqualTo("Forecast variance of each budget line at 2016/17 Q1");
        assertThat(chart.select("> desc").text()).contains("The figures are in the table below");
        assertThat(chart.select("rect.vbar")).hasSize(lines.size());
        assertThat(chart.select("rect.vbar title").eachText())
                .contains("External placements (children looked after): projected overspend of £1.2m (14.1% of the"
                        + " £8.5m budget): RED");
        assertThat(chart.select("text").eachText()).contains("✖ +£1.2m", "✔ -£50k", "▲ +£10k");
        // Overspends right of the zero line, underspends left of it.
        double zero = Double.parseDouble(chart.select("line.axis").attr("x1"));
        Element placementsBar = chart.select("rect.vbar").get(0);
        assertThat(Double.parseDouble(placementsBar.attr("x"))).isEqualTo(zero);
        Element fostering = chart.select("rect.vbar").get(3);
        assertThat(Double.parseDouble(fostering.attr("x")) + Double.parseDouble(fostering.attr("width")))
                .isCloseTo(zero, org.assertj.core.data.Offset.offset(0.11));
        // Totals by portfolio and for the council: 26.55m + 4.0m budget, 1.61m over; outside the
        // cash limit apart.
        List<String> totals = section.select("caption:contains(Totals by portfolio) ~ tbody tr th")
                .eachText();
        assertThat(totals).containsExactly("Children and Families", "Education", "Council", "Outside the cash limit");
        assertThat(section.select("tr.total td").first().text()).isEqualTo("£30.6m");
        assertThat(doc.select(".lead").eachText())
                .contains("The council: projected overspend of £1.6m (5.3% of the £30.6m budget): RED.");
    }

    @Test
    void savingsProgrammeByValueAndByCount() {
        Document doc = Jsoup.parse(HtmlReport.render(Examples.stockport()));
        Element section = doc.select("section#resources").first();
        // Blue 150k (1), Green 600k (2), Amber 850k (2), Red 300k (1): 1.9m in 6 proposals.
        Element byStatus = section.select("table:has(caption:contains(Savings programme by status))")
                .first();
        assertThat(byStatus.select("tbody tr").eachText())
                .containsExactly(
                        "★ Blue 1 £150k", "✔ Green 2 £600k", "▲ Amber 2 £850k", "✖ Red 1 £300k", "Total 6 £1.9m");
        List<Element> bars = section.select("svg:has(rect.seg)");
        assertThat(bars).hasSize(2);
        assertThat(bars.get(0).select("> title").text())
                .isEqualTo("Savings by requirement, Council: Blue £150k; Green £600k; Amber £850k; Red £300k;");
        assertThat(bars.get(1).select("> title").text())
                .isEqualTo("Savings by number of proposals, Council: Blue 1; Green 2; Amber 2; Red 1;");
        // By value the Amber segment is 850 / 1,900 of 640 = 286.3 wide; by count 2 / 6 = 213.3.
        assertThat(bars.get(0).select("rect.s-amber").attr("width")).isEqualTo("286.3");
        assertThat(bars.get(1).select("rect.s-amber").attr("width")).isEqualTo("213.3");
        Element proposals =
                section.select("table:has(caption:contains(Savings proposals))").first();
        assertThat(proposals.select("tbody tr").first().select("td").eachText())
                .startsWith(
                        "Fewer external placements through the edge-of-care service",
                        "Children and Families",
                        "£600k",
                        "£250k",
                        "£350k",
                        "▲ Amber",
                        "High");
        assertThat(section.text()).contains("a shortfall of £750k (39.5% of the requirement)");
    }

    @Test
    void aSingleAuthorityIsNotRankedAgainstItself() {
        Dataset ds = Examples.read("nottingham-cypp-2015.json");
        Dataset alone = Dataset.builder()
                .from(ds)
                .observations(ds.observations().stream()
                        .filter(o -> o.areaCode().equals("892"))
                        .toList())
                .build();
        Document doc = Jsoup.parse(HtmlReport.render(Reports.assemble(
                alone, "892", Optional.empty(), ReportOptions.defaults().withDetail(true))));
        Element dtap = doc.select("article.detail:has(h3:contains(DTaP/IPV/Hib immunisation take-up at 12 months))")
                .first();
        // Only the line chart: no bar chart of one bar, and a sentence instead.
        assertThat(dtap.select("svg")).hasSize(1);
        assertThat(dtap.select("rect.bar")).isEmpty();
        assertThat(dtap.text())
                .contains("No ranking: Nottingham is the only authority with a figure for this measure at 2014/15"
                        + " (92.9%), so there is nothing to rank it against.");
    }

    @Test
    void aReportWithoutFinanceDataHasNoResources() {
        Document doc = Jsoup.parse(HtmlReport.render(Examples.nottingham()));
        assertThat(doc.select("#resources")).isEmpty();
        assertThat(doc.select("nav a[href=#resources]")).isEmpty();
    }

    @Test
    void theSameInputGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        HtmlReport.write(Examples.nottingham(), a);
        HtmlReport.write(Examples.nottingham(), b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    private static Element budgetRow(Element section, String name) {
        for (Element th : section.select("table.budgets tbody th")) {
            if (th.ownText().equals(name)) {
                return th.parent();
            }
        }
        throw new AssertionError("no budget row for " + name);
    }

    private static Element scorecardRow(Document doc, String name) {
        for (Element th : doc.select("table.scorecard tbody th")) {
            if (th.ownText().equals(name) || th.text().startsWith(name)) {
                return th.parent();
            }
        }
        throw new AssertionError("no scorecard row for " + name);
    }

    private static String statusWord(Status s) {
        return switch (s) {
            case BLUE -> "Blue";
            case GREEN -> "Green";
            case AMBER -> "Amber";
            case RED -> "Red";
            case NOT_RATED -> "Not rated";
            case NO_DATA -> "No data";
        };
    }
}
