package io.github.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.highlight.Exceptions;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.ImmutableDataset;
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
        assertThat(table.select("tr:contains(Total) td").first().text()).isEqualTo("159.0");
        assertThat(doc.select("#summary svg title").first().text()).startsWith("Actions by status, 2014/15 H1:");
    }

    @Test
    void headingsAreInOrderAndTheDocumentIsSelfContained() {
        for (Report r : List.of(Examples.rotherham(), Examples.nottingham())) {
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
        Dataset bad = ImmutableDataset.builder()
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
    void theSameInputGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        HtmlReport.write(Examples.nottingham(), a);
        HtmlReport.write(Examples.nottingham(), b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
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
