package io.github.outturn.summary;

import static io.github.outturn.testkit.SampleDatasets.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.ImmutableReportedSummary;
import io.github.outturn.model.ReportedSummary;
import io.github.outturn.model.Status;
import io.github.outturn.model.SummaryScope;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.testkit.SampleDatasets;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.numbers.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

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

    /** The Rotherham minutes as printed (Rotherham CYPP 2014; docs/summaries.md, examples/README.md). */
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
    void test_reconcile_rotherham_asPrinted_isInconsistent_andNames35AsProbably35Tenths() {
        ReconciliationReport r = Reconciliation.reconcile(rotherham(), RatingPolicy.defaults());
        assertThat(r.isConsistent()).isFalse();
        assertThat(r.policyReference()).isEqualTo("outturn-default@2");
        assertThat(r.againstData()).isFalse();
        // One printed precision for the counts: "28.5" makes every count a one-decimal figure.
        assertThat(r.countDecimals()).isEqualTo(1);
        assertThat(r.percentageDecimals()).isZero();
        assertThat(r.figureCount()).isEqualTo(19);
        // The disagreeing figures, both sides. By hand: the priorities' counts add up to
        // 71.3 + 102.8 + 16.3 = 190.4 actions, and 71.3 / 190.4 = 37.4% Green.
        assertThat(r.discrepancies())
                .extracting(d -> d.figure().toString())
                .containsExactlyInAnyOrder(
                        "plan total 159",
                        "plan GREEN percentage 25%",
                        "plan AMBER percentage 65%",
                        "plan RED percentage 10%");
        Discrepancy total = r.discrepancies().stream()
                .filter(d -> d.figure().kind() == FigureKind.TOTAL)
                .findFirst()
                .orElseThrow();
        assertThat(total.printedLow()).isEqualByComparingTo("158.95");
        assertThat(total.printedHigh()).isEqualByComparingTo("159.05");
        assertThat(total.impliedValue()).contains(BigFraction.of(1904, 10));
        // Fifteen counts each within 0.05, the "0" only upwards: 190.4 - 0.70 to 190.4 + 0.75.
        assertThat(total.impliedLow()).contains(BigFraction.of(1897, 10));
        assertThat(total.impliedHigh()).contains(BigFraction.of(19115, 100));
        assertThat(total.getMessage())
                .isEqualTo("plan total 159 (158.95 to 159.05) disagrees with the sum of the parts' totals, "
                        + "190.4 (189.7 to 191.15)");
        Discrepancy green = r.discrepancies().stream()
                .filter(d -> d.figure().status().equals(Optional.of(Status.GREEN)))
                .findFirst()
                .orElseThrow();
        assertThat(green.impliedValue().orElseThrow().doubleValue()).isCloseTo(100 * 71.3 / 190.4, within(1e-9));
        assertThat(green.getMessage())
                .startsWith("plan GREEN percentage 25% (24.5% to 25.5%) disagrees with the share");

        // The single changed figure: priority 2's Green "35" as 3.5 first, "3" second, nothing else.
        assertThat(r.corrections()).hasSize(2);
        Correction first = r.corrections().get(0);
        assertThat(first.figure().toString()).isEqualTo("priority P2 GREEN count 35");
        assertThat(first.corrected()).isEqualTo(new BigDecimal("3.5"));
        assertThat(first.edit()).isEqualTo(EditKind.MISPLACED_DECIMAL_POINT);
        assertThat(first.getMessage())
                .startsWith("priority P2 GREEN count 35 was probably 3.5 (misplaced decimal point)");
        Correction second = r.corrections().get(1);
        assertThat(second.figure()).isEqualTo(first.figure());
        assertThat(second.corrected()).isEqualTo(new BigDecimal("3"));
        // Distances by hand. With 3.5: total 158.9 vs 159 is 0.1 = 2 half-units (4); Green
        // 39.8/158.9 = 25.047% vs 25 (0.094 half-units), Amber 102.8/158.9 = 64.69% (0.62),
        // Red 16.3/158.9 = 10.258% (0.516): about 4.65. With 3: 158.4 is 12 half-units off (144).
        assertThat(first.distance().doubleValue()).isCloseTo(4.65, within(0.01));
        assertThat(second.distance().doubleValue()).isCloseTo(144.52, within(0.01));
        assertThat(first.distance()).isLessThan(second.distance());
        assertThat(r.distance()).isGreaterThan(second.distance());

        // With the correction every figure agrees, every other figure as printed.
        List<ReportedSummary> fixed = first.applyTo(rotherham());
        assertThat(fixed.get(1).counts()).containsEntry(Status.GREEN, new BigDecimal("3.5"));
        assertThat(fixed.subList(2, 6)).isEqualTo(rotherham().subList(2, 6));
        ReconciliationReport again = Reconciliation.reconcile(fixed, RatingPolicy.defaults());
        assertThat(again.isConsistent()).isTrue();
        assertThat(again.corrections()).isEmpty();
        assertThat(again.checkCount()).isEqualTo(4);
        assertThat(Reconciliation.reconcile(second.applyTo(rotherham()), RatingPolicy.defaults())
                        .isConsistent())
                .isTrue();
    }

    @Test
    void test_reconcile_fullCounting_doesNotAddPrioritiesUp() {
        // Under FULL counting an action is in every linked priority: the priorities need not add up.
        ReconciliationReport r =
                Reconciliation.reconcile(rotherham(), RatingPolicy.defaults().withCountingMethod(CountingMethod.FULL));
        // Only the plan's percentages against each other remain (25 + 65 + 10 = 100): consistent.
        assertThat(r.isConsistent()).isTrue();
        assertThat(r.checkCount()).isEqualTo(3);
    }

    @Test
    void test_reconcile_percentagesAgainstEachOther_andOwnCounts() {
        // A plan printing 30% + 30% + 30%: each can be at most 30.5 and the others at most 61, so
        // each implies at least 39%: all three disagree. One figure would have to be 39 to 41, and no
        // single slip of "30" gives that (0.3, 3, 300, 130 to 930, 301 to 309, 3.0x, 0): no correction.
        ReportedSummary plan = ReportedSummary.builder()
                .scope(SummaryScope.PLAN)
                .putPercentages(Status.GREEN, dec("30"))
                .putPercentages(Status.AMBER, dec("30"))
                .putPercentages(Status.RED, dec("30"))
                .build();
        ReconciliationReport r = Reconciliation.reconcile(List.of(plan), RatingPolicy.defaults());
        assertThat(r.discrepancies()).hasSize(3);
        assertThat(r.discrepancies().get(0).basis()).isEqualTo("100 less the other percentages");
        assertThat(r.corrections()).isEmpty();

        // Own counts: 2 Green, 1 Amber, total 3, 67% and 33%: consistent. 50% Green is not.
        ReportedSummary p = ReportedSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P1")
                .putCounts(Status.GREEN, dec("2"))
                .putCounts(Status.AMBER, dec("1"))
                .total(dec("3"))
                .putPercentages(Status.GREEN, dec("67"))
                .putPercentages(Status.AMBER, dec("33"))
                .build();
        assertThat(Reconciliation.reconcile(List.of(p), RatingPolicy.defaults()).isConsistent())
                .isTrue();
        // 2/3 = 66.7%; the counts (each within 0.5) allow 1.5/(1.5 + 1.5) = 50% up to 2.5/(2.5 + 0.5)
        // = 83.3%: a printed 50% [49.5, 50.5] touches that, a printed 40% does not.
        assertThat(Reconciliation.reconcile(
                                List.of(ImmutableReportedSummary.copyOf(p)
                                        .withPercentages(Map.of(Status.GREEN, dec("50")))),
                                RatingPolicy.defaults())
                        .isConsistent())
                .isTrue();
        ReconciliationReport bad = Reconciliation.reconcile(
                List.of(ImmutableReportedSummary.copyOf(p).withPercentages(Map.of(Status.GREEN, dec("40")))),
                RatingPolicy.defaults());
        assertThat(bad.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.basis()).isEqualTo("the share of its counts");
            assertThat(d.impliedLow()).contains(BigFraction.of(50));
            assertThat(d.impliedHigh()).contains(BigFraction.of(250, 3));
            assertThat(d.impliedValue()).contains(BigFraction.of(200, 3));
        });
    }

    @Test
    void test_reconcile_largestRemainderPercentages_allowAWholeUnit() {
        // 1000 of each: largest remainder prints 34, 33, 33. The counts imply 999.5/3000.5 = 33.31%
        // to 1000.5/2999.5 = 33.36%. Half up reads "34" as [33.5, 34.5], which cannot hold that;
        // largest remainder reads it as [33, 35], which can.
        ReportedSummary p = ReportedSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P1")
                .putCounts(Status.GREEN, dec("1000"))
                .putCounts(Status.AMBER, dec("1000"))
                .putCounts(Status.RED, dec("1000"))
                .putPercentages(Status.GREEN, dec("34"))
                .build();
        assertThat(Reconciliation.reconcile(List.of(p), RatingPolicy.defaults()).isConsistent())
                .isFalse();
        assertThat(Reconciliation.reconcile(
                                List.of(p),
                                RatingPolicy.defaults().withPercentageRounding(PercentageRounding.LARGEST_REMAINDER))
                        .isConsistent())
                .isTrue();
    }

    @Test
    void test_reconcile_againstTheRegister() {
        // SampleDatasets.plan() prints, for 2014/15 H1: P1 1 Green, 0.5 Amber, 0 Red (source
        // "Progress report"), and without a source start-well 1 Green and the plan 3 actions, 33%
        // each. The register (by hand): P1 Green 1, Amber 1/2; start-well Green 1, Amber 1, Red 1/4;
        // the plan 4 actions (one NOT_RATED), 1/3 each of the 3 rated.
        Dataset ds = SampleDatasets.plan();
        List<ReconciliationReport> reports = Reconciliation.reconcile(ds, RatingPolicy.defaults());
        assertThat(reports).hasSize(2);
        ReconciliationReport first = reports.get(0);
        assertThat(first.source()).contains("Progress report, October 2014");
        assertThat(first.period()).contains(SampleDatasets.fy("2014/15 H1"));
        assertThat(first.againstData()).isTrue();
        assertThat(first.isConsistent()).isTrue();
        ReconciliationReport second = reports.get(1);
        assertThat(second.againstData()).isTrue();
        // The plan's "3" is the number of rated actions, but a total counts all 4 of the register;
        // its percentages read from the theme's single printed count (1 Green, nothing else) imply
        // 100% Green, and the printed total of 3 is not the theme's 1.
        assertThat(second.discrepancies())
                .extracting(d -> d.figure() + " against " + d.basis())
                .containsExactlyInAnyOrder(
                        "plan total 3 against the action register",
                        "plan total 3 against the sum of the parts' totals",
                        "plan GREEN percentage 33% against the share of the parts' counts",
                        "plan AMBER percentage 33% against the share of the parts' counts",
                        "plan RED percentage 33% against the share of the parts' counts");
        assertThat(second.corrections()).isEmpty();
    }

    @Test
    void test_reconcile_themeAgainstItsPriorities_andUnknownScope() {
        Dataset ds = Dataset.builder()
                .from(SampleDatasets.plan())
                .reported(List.of())
                .build();
        ReportedSummary p1 = ReportedSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P1")
                .putCounts(Status.GREEN, dec("1"))
                .putCounts(Status.AMBER, dec("0.5"))
                .build();
        ReportedSummary p2 = ReportedSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P2")
                .putCounts(Status.AMBER, dec("0.5"))
                .putCounts(Status.RED, dec("0.3"))
                .build();
        ReportedSummary theme = ReportedSummary.builder()
                .scope(SummaryScope.THEME)
                .scopeId("start-well")
                .putCounts(Status.GREEN, dec("1"))
                .putCounts(Status.AMBER, dec("10"))
                .putCounts(Status.RED, dec("0.3"))
                .build();
        // No period: themes checked against the dataset's priorities, not against the register.
        ReconciliationReport r = Reconciliation.reconcile(List.of(p1, p2, theme), ds, RatingPolicy.defaults());
        assertThat(r.againstData()).isFalse();
        assertThat(r.discrepancies())
                .singleElement()
                .satisfies(d -> assertThat(d.figure().toString()).isEqualTo("theme start-well AMBER count 10"));
        assertThat(r.corrections())
                .first()
                .satisfies(c -> assertThat(c.corrected()).isEqualTo(new BigDecimal("1.0")));
        assertThat(Reconciliation.reconcile(
                                r.corrections().get(0).applyTo(List.of(p1, p2, theme)), ds, RatingPolicy.defaults())
                        .isConsistent())
                .isTrue();

        // A priority the register does not have.
        ReportedSummary unknown = ReportedSummary.builder()
                .period(SampleDatasets.fy("2014/15 H1"))
                .scope(SummaryScope.PRIORITY)
                .scopeId("P9")
                .putCounts(Status.GREEN, dec("1"))
                .build();
        ReconciliationReport u = Reconciliation.reconcile(List.of(unknown), ds, RatingPolicy.defaults());
        assertThat(u.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.impliedValue()).isEmpty();
            assertThat(d.getMessage())
                    .isEqualTo("priority P9 GREEN count 1 (0.5 to 1.5) cannot be checked against the action register,"
                            + " which has no such scope: it gives no value");
        });
        // A period nobody rated: no data checks.
        ReconciliationReport later = Reconciliation.reconcile(
                List.of(ImmutableReportedSummary.copyOf(unknown).withPeriod(SampleDatasets.fy("2019/20 H1"))),
                ds,
                RatingPolicy.defaults());
        assertThat(later.againstData()).isFalse();
        assertThat(later.isConsistent()).isTrue();
    }

    @Test
    void test_reconcile_percentageWithoutRatedActions_inTheRegister() {
        // In 2015/16 H1 nothing is rated... but a dataset rated for the period with only NOT_RATED
        // actions has no share to compare a printed percentage with.
        Dataset ds = Dataset.builder()
                .from(SampleDatasets.plan())
                .reported(List.of())
                .addActionUpdates(io.github.outturn.model.ActionUpdate.of(
                        "A4", SampleDatasets.fy("2015/16 H1"), Status.NOT_RATED))
                .build();
        ReportedSummary plan = ReportedSummary.builder()
                .period(SampleDatasets.fy("2015/16 H1"))
                .scope(SummaryScope.PLAN)
                .putPercentages(Status.GREEN, dec("100"))
                .build();
        ReconciliationReport r = Reconciliation.reconcile(List.of(plan), ds, RatingPolicy.defaults());
        assertThat(r.againstData()).isTrue();
        assertThat(r.discrepancies())
                .singleElement()
                .satisfies(d -> assertThat(d.getMessage()).contains("cannot be checked against the action register"));
    }

    @Test
    void test_reconcile_badInput_isRejectedWithTheFigure() {
        ReportedSummary a = ReportedSummary.builder()
                .source("A")
                .scope(SummaryScope.PLAN)
                .total(dec("3"))
                .build();
        ReportedSummary b = ImmutableReportedSummary.copyOf(a).withSource("B");
        assertThatThrownBy(() -> Reconciliation.reconcile(List.of(a, b), RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("B, no period")
                .hasMessageContaining("A, no period")
                .hasMessageContaining("one source and period at a time");
        assertThatThrownBy(() -> Reconciliation.reconcile(
                        List.of(ImmutableReportedSummary.copyOf(a).withTotal(dec("-1"))), RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The printed figure plan total -1 (A, no period) is out of range: expected a number of"
                        + " actions, 0 or more");
        assertThatThrownBy(() -> Reconciliation.reconcile(
                        List.of(ImmutableReportedSummary.copyOf(a).withPercentages(Map.of(Status.RED, dec("-1")))),
                        RatingPolicy.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "plan RED percentage -1% (A, no period) is out of range: expected a percentage, 0 or more");
        ReconciliationReport empty = Reconciliation.reconcile(List.of(), RatingPolicy.defaults());
        assertThat(empty.isConsistent()).isTrue();
        assertThat(empty.figureCount()).isZero();
        assertThat(empty.source()).isEmpty();
    }

    @Test
    void test_applyTo_correctsATotalOrAPercentage() {
        // 2 Green and 1 Amber printed with a total of "30": the total was 3 (a repeated or extra 0).
        ReportedSummary p = ReportedSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P1")
                .putCounts(Status.GREEN, dec("2"))
                .putCounts(Status.AMBER, dec("1"))
                .total(dec("30"))
                .build();
        ReportedSummary other = ReportedSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P2")
                .total(dec("30"))
                .build();
        ReconciliationReport r = Reconciliation.reconcile(List.of(other, p), RatingPolicy.defaults());
        assertThat(r.discrepancies()).extracting(d -> d.figure().toString()).containsExactly("priority P1 total 30");
        // Green "2" as 29 (a dropped 9) fits exactly too, and a dropped digit is tried first; 3.0, a
        // decimal the report never prints, comes last.
        assertThat(r.corrections())
                .extracting(x -> x.figure() + " " + x.corrected().toPlainString())
                .startsWith("priority P1 GREEN count 2 29", "priority P1 total 30 3")
                .endsWith("priority P1 total 30 3.0");
        Correction c = r.corrections().get(1);
        assertThat(c.corrected()).isEqualTo(dec("3"));
        List<ReportedSummary> fixed = c.applyTo(List.of(other, p));
        assertThat(fixed.get(0)).isEqualTo(other);
        assertThat(fixed.get(1).total()).contains(c.corrected());
        assertThat(Reconciliation.reconcile(fixed, RatingPolicy.defaults()).isConsistent())
                .isTrue();

        // 1 Green and 1 Amber printed as "5%" Green: 50% with a dropped digit.
        ReportedSummary q = ReportedSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P3")
                .putCounts(Status.GREEN, dec("1.0"))
                .putCounts(Status.AMBER, dec("1.0"))
                .putPercentages(Status.GREEN, dec("5"))
                .build();
        // Amber "1.0" as 19.0 (a dropped 9) fits as exactly (1/20 = 5%): both are listed, at distance 0.
        ReconciliationReport rq = Reconciliation.reconcile(List.of(q), RatingPolicy.defaults());
        assertThat(rq.corrections()).anySatisfy(x -> assertThat(x.corrected()).isEqualByComparingTo("19.0"));
        Correction cq = rq.corrections().stream()
                .filter(x -> x.figure().kind() == FigureKind.PERCENTAGE)
                .findFirst()
                .orElseThrow();
        assertThat(cq.distance()).isEqualTo(BigFraction.ZERO);
        assertThat(cq.corrected()).isEqualByComparingTo("50");
        assertThat(cq.edit()).isEqualTo(EditKind.DROPPED_DIGIT);
        assertThat(cq.applyTo(List.of(q)).get(0).percentages()).containsEntry(Status.GREEN, dec("50"));
        // A correction leaves summaries that do not hold the figure alone.
        assertThat(cq.applyTo(List.of(p))).containsExactly(p);
    }

    @Test
    void test_alternatives_keepCandidatesThatDifferInPrecision() {
        // Issue 13: "100" is 10 with a repeated 0, or 10.0 with a slipped decimal point; both are
        // kept, since a figure's decimals set the report's precision. Before the fix only 10.0 was.
        Map<BigDecimal, EditKind> alt = Reconciliation.alternatives(dec("100"));
        assertThat(alt)
                .containsEntry(dec("10.0"), EditKind.MISPLACED_DECIMAL_POINT)
                .containsEntry(dec("1.00"), EditKind.MISPLACED_DECIMAL_POINT)
                .containsEntry(dec("10"), EditKind.REPEATED_DIGIT)
                .doesNotContainKey(dec("100"));
        // A swap that would lead with a zero ("010") is not a way to print 10.
        assertThat(alt.get(dec("10"))).isNotEqualTo(EditKind.SWAPPED_DIGITS);
    }

    @Test
    void test_reconcile_totalPrinted100_isCorrectedTo10() {
        // By hand: 4 Green and 7 Red are whole numbers, each within 0.5, so they add up to 10 to 12;
        // a total of 10 (9.5 to 10.5) agrees with them. Read as 10.0 the report has one decimal,
        // the counts are within 0.05, 10.9 to 11.1, and 9.95 to 10.05 does not agree: only the
        // whole-number reading explains the printed "100". Before the fix it was never tried.
        ReportedSummary p = ReportedSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P1")
                .putCounts(Status.GREEN, dec("4"))
                .putCounts(Status.RED, dec("7"))
                .total(dec("100"))
                .build();
        ReconciliationReport r = Reconciliation.reconcile(List.of(p), RatingPolicy.defaults());
        assertThat(r.isConsistent()).isFalse();
        assertThat(r.corrections())
                .filteredOn(c -> c.figure().kind() == FigureKind.TOTAL)
                .extracting(c -> c.corrected().toPlainString(), Correction::edit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("10", EditKind.REPEATED_DIGIT));
        // (10 - 11) / 0.5 = -2: a distance of 4.
        Correction ten = r.corrections().stream()
                .filter(c -> c.figure().kind() == FigureKind.TOTAL)
                .findFirst()
                .orElseThrow();
        assertThat(ten.distance()).isEqualTo(BigFraction.of(4));
        assertThat(ten.getMessage()).startsWith("priority P1 total 100 was probably 10 (repeated digit)");
    }

    @Test
    void test_reconcile_aTwoDecimalReadingInAOneDecimalReport_ranksAfterOneDecimalReadings() {
        // Green "10", Amber 2.5, total 2.6: one decimal elsewhere. Green as 0.10 agrees exactly
        // (2.60, distance 0) but prints two decimals the report never uses; Green as 0 (the 1 an
        // extra digit) gives 2.5, within 2.4 to 2.6 of the total 2.55 to 2.65: (2.6 - 2.5) / 0.05 = 2,
        // a distance of 4. The total as 12.6 (a dropped 1) against 12.5 is likewise 4.
        ReportedSummary p = ReportedSummary.builder()
                .scope(SummaryScope.PRIORITY)
                .scopeId("P1")
                .putCounts(Status.GREEN, dec("10"))
                .putCounts(Status.AMBER, dec("2.5"))
                .total(dec("2.6"))
                .build();
        List<Correction> c =
                Reconciliation.reconcile(List.of(p), RatingPolicy.defaults()).corrections();
        assertThat(c).extracting(x -> x.corrected().toPlainString()).contains("0", "12.6", "0.10");
        assertThat(c.get(0).distance()).isEqualTo(BigFraction.of(4));
        assertThat(c.get(0).corrected().scale()).isLessThanOrEqualTo(1);
        Correction last = c.get(c.size() - 1);
        assertThat(last.corrected().toPlainString()).isEqualTo("0.10");
        assertThat(last.distance()).isEqualTo(BigFraction.ZERO);
    }

    @Test
    void test_reconcile_slippedPercentageAbove100_isNamedNotRefused() {
        // 5 Green, 13 Amber and 2 Red of 20: 25%, 65% and 10%. The Amber percentage printed as
        // "165" (an extra 1) was refused before; now it disagrees with the range of a percentage and
        // with the share of the counts, and 65 is the correction (13 / 20 = 65% exactly: distance 0).
        ReportedSummary plan = ReportedSummary.builder()
                .scope(SummaryScope.PLAN)
                .putCounts(Status.GREEN, dec("5"))
                .putCounts(Status.AMBER, dec("13"))
                .putCounts(Status.RED, dec("2"))
                .total(dec("20"))
                .putPercentages(Status.GREEN, dec("25"))
                .putPercentages(Status.AMBER, dec("165"))
                .putPercentages(Status.RED, dec("10"))
                .build();
        ReconciliationReport r = Reconciliation.reconcile(List.of(plan), RatingPolicy.defaults());
        assertThat(r.discrepancies())
                .extracting(Discrepancy::basis)
                .containsExactlyInAnyOrder("the range of a percentage", "the share of its counts");
        assertThat(r.discrepancies().get(0).getMessage())
                .isEqualTo("plan AMBER percentage 165% (164.5% to 165.5%) disagrees with the range of a"
                        + " percentage, 100% (0% to 100%)");
        Correction first = r.corrections().get(0);
        assertThat(first.corrected()).isEqualTo(dec("65"));
        assertThat(first.edit()).isEqualTo(EditKind.EXTRA_DIGIT);
        assertThat(first.distance()).isEqualTo(BigFraction.ZERO);
    }

    @Test
    void test_alternatives_everySingleSlip() {
        Map<BigDecimal, EditKind> alt = Reconciliation.alternatives(dec("35"));
        assertThat(alt)
                .containsEntry(dec("3.5"), EditKind.MISPLACED_DECIMAL_POINT)
                .containsEntry(dec("0.35"), EditKind.MISPLACED_DECIMAL_POINT)
                .containsEntry(dec("53"), EditKind.SWAPPED_DIGITS)
                .containsEntry(dec("135"), EditKind.DROPPED_DIGIT)
                .containsEntry(dec("305"), EditKind.DROPPED_DIGIT)
                .containsEntry(dec("350"), EditKind.DROPPED_DIGIT)
                .containsEntry(dec("3"), EditKind.EXTRA_DIGIT)
                .containsEntry(dec("5"), EditKind.EXTRA_DIGIT)
                .doesNotContainKey(dec("35"))
                .doesNotContainKey(dec("035"));
        assertThat(Reconciliation.alternatives(dec("33")))
                .containsEntry(dec("3"), EditKind.REPEATED_DIGIT)
                .containsEntry(dec("3.3"), EditKind.MISPLACED_DECIMAL_POINT);
        assertThat(Reconciliation.alternatives(dec("28.5")))
                .containsEntry(dec("2.85"), EditKind.MISPLACED_DECIMAL_POINT)
                .containsEntry(dec("285"), EditKind.MISPLACED_DECIMAL_POINT)
                .containsEntry(dec("25.8"), EditKind.SWAPPED_DIGITS)
                .containsEntry(dec("28.15"), EditKind.DROPPED_DIGIT)
                .containsEntry(dec("281.5"), EditKind.DROPPED_DIGIT)
                .containsEntry(dec("8.5"), EditKind.EXTRA_DIGIT)
                .containsEntry(dec("28"), EditKind.EXTRA_DIGIT);
        assertThat(Reconciliation.alternatives(dec("0.5")))
                .containsEntry(dec("5"), EditKind.MISPLACED_DECIMAL_POINT)
                .containsEntry(dec("0.05"), EditKind.MISPLACED_DECIMAL_POINT);
        assertThat(Reconciliation.alternatives(dec("7")))
                .containsEntry(dec("0.7"), EditKind.MISPLACED_DECIMAL_POINT)
                .containsEntry(dec("17"), EditKind.DROPPED_DIGIT)
                .hasSize(1 + 18); // 0.7; 17, 27, ..., 97 and 70, ..., 79, with 77 once
        assertThat(Reconciliation.fraction(new BigDecimal("1E+2"))).isEqualTo(BigFraction.of(100));
    }
}
