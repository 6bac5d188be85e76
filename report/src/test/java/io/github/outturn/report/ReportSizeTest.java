package io.github.outturn.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The size goal of the committee report: the HTML for one authority on DfE's LAIT data with a detail
 * page for every measure it has a polarity for (Lancashire, 888: over 300 pages, each ranking some 150
 * authorities) stays under 10 MB, so that it opens, prints and travels by email.
 */
class ReportSizeTest {

    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

    @Test
    void lancashireWithEveryDetailPageIsUnderTenMegabytes() {
        Report report = Reports.assemble(
                Examples.lait(),
                "888",
                ReportOptions.defaults().withJudgedOnly(true).withDetail(true));
        String html = HtmlReport.render(report);
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        Document doc = Jsoup.parse(html);

        assertThat(doc.select("article.detail")).hasSizeGreaterThan(50);
        assertThat(bytes).isLessThan(TEN_MEGABYTES);
        // Nothing is lost to the size: every ranked chart still has its title and description, and
        // its table a row for every authority the chart draws, with Lancashire marked in both where it is ranked.
        for (var chart : doc.select("article.detail svg:has(path.bars)")) {
            assertThat(chart.select("> title").text()).isNotBlank();
            assertThat(chart.select("> desc").text()).isNotBlank();
            int drawn = chart.select("path.bars").attr("d").split(" M").length
                    + chart.select("rect.bar.area").size();
            var table = chart.parent().nextElementSibling();
            assertThat(table.select("tbody tr"))
                    .as(chart.select("> title").text())
                    .hasSize(drawn);
            assertThat(chart.select("rect.bar.area")).hasSameSizeAs(table.select("tr.area"));
            if (!table.select("tr.area").isEmpty()) {
                assertThat(chart.select("rect.bar.area title").text()).contains("Lancashire");
                assertThat(table.select("tr.area").text()).contains("Lancashire");
            }
        }
    }
}
