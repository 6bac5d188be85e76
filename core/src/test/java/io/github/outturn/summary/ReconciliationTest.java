package io.github.outturn.summary;

import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.rating.RatingPolicy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    static BigDecimal dec(String s) {
        return new BigDecimal(s);
    }

    static ReportedSummary priority(String id, String g, String a, String r) {
        return ReportedSummary.builder()
                .source("Rotherham ILSC minutes, 2014")
                .scope(SummaryScope.PRIORITY)
                .scopeId(id)
                .putCounts(Status.GREEN, dec(g))
                .putCounts(Status.AMBER, dec(a))
                .putCounts(Status.RED, dec(r))
                .build();
    }

    /** The Rotherham minutes as printed (DESIGN.md 3.4; seeds/001). */
    static List<ReportedSummary> rotherham() {
        return List.of(
                priority("P1", "12", "28.5", "11.5"),
                priority("P2", "35", "10", "1.5"),
                priority("P3", "14", "8", "0"),
                priority("P5", "4.3", "23.3", "2.3"),
                priority("P6", "6", "33", "1"),
                ReportedSummary.builder()
                        .source("Rotherham ILSC minutes, 2014")
                        .scope(SummaryScope.PLAN)
                        .total(dec("159"))
                        .putPercentages(Status.GREEN, dec("25"))
                        .putPercentages(Status.AMBER, dec("65"))
                        .putPercentages(Status.RED, dec("10"))
                        .build());
    }

    @Test
    void test_reconcile_rotherham() {
        ReconciliationReport r = Reconciliation.reconcile(rotherham(), RatingPolicy.defaults());
        r.getDiscrepancies().forEach(d -> System.out.println(d.getMessage()));
        r.getCorrections().forEach(d -> System.out.println(d.getMessage()));
        System.out.println(r.getCheckCount() + " " + r.getDistance());
    }
}
