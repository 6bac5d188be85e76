package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.outturn.benchmark.Band;
import io.github.outturn.benchmark.BenchmarkPolicy;
import io.github.outturn.benchmark.Comparison;
import io.github.outturn.benchmark.Rank;
import io.github.outturn.highlight.Highlight;
import io.github.outturn.highlight.HighlightKind;
import io.github.outturn.highlight.HighlightPolicy;
import io.github.outturn.highlight.Highlights;
import io.github.outturn.highlight.News;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.rating.RatingPolicy;
import io.github.outturn.testing.LaitData;
import io.github.outturn.testkit.ConformanceTables;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/*
 * Highlights on DfE's real LAIT data (the repository's copy in data/lait), checked
 * against figures computed independently from the raw files by
 * io-csv/src/test/resources/lait/highlight_facts.py (python3, standard library only, exact
 * fractions), committed as io-csv/src/test/resources/lait/highlight-facts.csv. The script's header
 * says what each figure is. The Java side never checks a claim against the engine's own output: ranks
 * against the script's counts of higher and lower values, records against the script's series,
 * comparators against the published rows and the script's exact neighbour mean, changes and runs
 * against the series' values rounded to the indicator's decimal places (the reader's, an input),
 * quartile moves against the script's bands.
 *
 * The ranking set is every local authority of the dataset with a value, former ones (Cumbria 909,
 * Northamptonshire 928) included: the script does the same.
 */
/** Highlights for Stockport, Rotherham, Nottingham and Lancashire on the real LAIT data. */
class LaitHighlightsTest {

    private static final List<String> FOCUS = List.of("356", "372", "892", "888");

    /** Every highlight of an indicator, so that every claim is checked, not only the first three. */
    private static final HighlightPolicy ALL = HighlightPolicy.defaults().withMaxPerIndicator(100);

    private static Dataset lait;

    /** The script's figures by "measure|area" for each area's latest year. */
    private static Map<String, Map<String, String>> latest;

    /** The script's figures by "measure|area" for the years the minutes speak of. */
    private static Map<String, Map<String, String>> seeds;

    /** Each area's highlights, from one call each. */
    private static Map<String, List<Highlight>> found;

    @BeforeAll
    static void loadOnce() throws IOException {
        lait = LaitReader.read(LaitData.folder());
        latest = new HashMap<>();
        seeds = new HashMap<>();
        for (Map<String, String> row : ConformanceTables.rows(
                LaitHighlightsTest.class.getResourceAsStream("/lait/highlight-facts.csv"),
                "lait/highlight-facts.csv")) {
            (row.get("why").equals("seed") ? seeds : latest).put(row.get("measure") + "|" + row.get("area"), row);
        }
        found = new HashMap<>();
        for (String area : FOCUS) {
            found.put(area, Highlights.find(lait, area, ALL));
        }
    }

    // ------------------------------------------------------------------ every claim, every measure

    @Test
    void test_everyClaim_holdsInTheRawFiles() {
        Map<HighlightKind, Integer> checked = new EnumMap<>(HighlightKind.class);
        for (String area : FOCUS) {
            for (Highlight h : found.get(area)) {
                String measure = h.indicatorId().orElseThrow();
                Map<String, String> f = latest.get(measure + "|" + area);
                assertThat(f).as("%s %s has figures", measure, area).isNotNull();
                String what = h.sentence();
                assertThat(h.period().end().getYear())
                        .as("the latest year of %s", what)
                        .isEqualTo(Integer.parseInt(f.get("end_year")));
                assertThat(h.value().orElseThrow()).as(what).isEqualByComparingTo(f.get("value"));
                Indicator indicator = lait.findIndicator(measure).orElseThrow();
                switch (h.kind()) {
                    case RANK -> checkRank(h, f);
                    case RECORD -> checkRecord(h, f);
                    case COMPARATORS -> checkComparators(h, f);
                    case CHANGE -> checkChange(h, f, indicator);
                    case RUN -> checkRun(h, f, indicator);
                    case QUARTILE_MOVE -> checkQuartileMove(h, f);
                    default -> throw new AssertionError("LAIT has no targets, yet: " + what);
                }
                assertThat(h.policyReference()).isEqualTo("outturn-highlight-default@1");
                checked.merge(h.kind(), 1, Integer::sum);
            }
        }
        // Every kind the data can support was made and checked.
        assertThat(checked.keySet())
                .contains(
                        HighlightKind.RANK,
                        HighlightKind.RECORD,
                        HighlightKind.COMPARATORS,
                        HighlightKind.CHANGE,
                        HighlightKind.RUN,
                        HighlightKind.QUARTILE_MOVE);
    }

    @Test
    void test_everyRankWorthSaying_isSaid() {
        // The converse of the false-claims test for ranks: wherever the script's counts put an area
        // in the top or bottom 5 of England or its region, or the top or bottom 3 of its neighbours,
        // of a group of at least 5 values not all equal, the rank is said.
        int expected = 0;
        for (Map<String, String> f : latest.values()) {
            String polarity = f.get("polarity");
            if (f.get("value").equals("-") || !(polarity.equals("High") || polarity.equals("Low"))) {
                continue;
            }
            for (String group : List.of("eng", "reg", "sn")) {
                int n = Integer.parseInt(f.get(group + "_n"));
                int higher = Integer.parseInt(f.get(group + "_higher"));
                int lower = Integer.parseInt(f.get(group + "_lower"));
                int better = polarity.equals("High") ? higher : lower;
                int worse = polarity.equals("High") ? lower : higher;
                int top = group.equals("sn") ? 3 : 5;
                if (n < 5 || higher + lower == 0 || (better + 1 > top && worse + 1 > top)) {
                    continue;
                }
                expected++;
                boolean said = found.get(f.get("area")).stream()
                        .anyMatch(h -> h.kind() == HighlightKind.RANK
                                && h.indicatorId().orElseThrow().equals(f.get("measure"))
                                && groupOf(h).equals(group));
                assertThat(said)
                        .as(
                                "%s %s in %s: %d higher, %d lower of %d",
                                f.get("measure"), f.get("area"), group, higher, lower, n)
                        .isTrue();
            }
        }
        assertThat(expected).isGreaterThan(1000);
    }

    private static String groupOf(Highlight h) {
        String g = h.group().orElseThrow();
        return g.equals("England") ? "eng" : g.endsWith("statistical neighbours") ? "sn" : "reg";
    }

    private static void checkRank(Highlight h, Map<String, String> f) {
        String group = groupOf(h);
        int n = Integer.parseInt(f.get(group + "_n"));
        int higher = Integer.parseInt(f.get(group + "_higher"));
        int lower = Integer.parseInt(f.get(group + "_lower"));
        boolean high = f.get("polarity").equals("High");
        int better = high ? higher : lower;
        int worse = high ? lower : higher;
        String s = h.sentence();
        assertThat(h.rank()).as(s).contains(Rank.of(better + 1, n));
        assertThat(h.tiedWith()).as(s).isEqualTo(n - higher - lower - 1);
        assertThat(n).as(s).isGreaterThanOrEqualTo(5);
        assertThat(s).contains(" of " + n + ".");
        if (s.contains("the highest ") || s.contains("the joint highest ")) {
            assertThat(higher).as(s).isZero();
        }
        if (s.contains("the lowest ") || s.contains("the joint lowest ")) {
            assertThat(lower).as(s).isZero();
        }
        assertThat(s.contains("joint")).as(s).isEqualTo(n - higher - lower - 1 > 0);
        Matcher top = Pattern.compile("in the top (\\d+) of").matcher(s);
        if (top.find()) {
            assertThat(better + 1).as(s).isLessThanOrEqualTo(Integer.parseInt(top.group(1)));
        }
        Matcher bottom = Pattern.compile("in the bottom (\\d+) of").matcher(s);
        if (bottom.find()) {
            assertThat(worse + 1).as(s).isLessThanOrEqualTo(Integer.parseInt(bottom.group(1)));
        }
        boolean bestEnd = better == 0 || top.find(0);
        assertThat(h.news()).as(s).isEqualTo(bestEnd ? News.GOOD : News.BAD);
    }

    /** The script's series: end year to value, missing ones left out, up to the latest year. */
    private static TreeMap<Integer, BigDecimal> series(Map<String, String> f) {
        TreeMap<Integer, BigDecimal> out = new TreeMap<>();
        for (String cell : f.get("series").split(";")) {
            String[] kv = cell.split("=");
            if (!kv[1].equals("-")) {
                out.put(Integer.parseInt(kv[0]), new BigDecimal(kv[1]));
            }
        }
        return out;
    }

    private static void checkRecord(Highlight h, Map<String, String> f) {
        String s = h.sentence();
        TreeMap<Integer, BigDecimal> series = series(f);
        BigDecimal v = new BigDecimal(f.get("value"));
        int year = Integer.parseInt(f.get("end_year"));
        Map<Integer, BigDecimal> earlier = series.headMap(year);
        assertThat(s).as(s).contains("(" + series.size() + " values from ");
        if (s.contains("the highest ever recorded")) {
            assertThat(earlier.values())
                    .as(s)
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e).isLessThan(v));
        } else if (s.contains("the lowest ever recorded")) {
            assertThat(earlier.values())
                    .as(s)
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(e).isGreaterThan(v));
        } else if (s.contains(" since ")) {
            Matcher m = Pattern.compile("the (highest|lowest) since (.+) \\(").matcher(s);
            assertThat(m.find()).as(s).isTrue();
            int since = ReportingPeriod.parse(m.group(2)).end().getYear();
            boolean highest = m.group(1).equals("highest");
            assertThat(since).as(s).isLessThan(year - 1); // never the period just before
            BigDecimal then = series.get(since);
            assertThat(highest ? then.compareTo(v) >= 0 : then.compareTo(v) <= 0)
                    .as(s)
                    .isTrue();
            for (BigDecimal between : series.subMap(since, false, year, false).values()) {
                assertThat(highest ? between.compareTo(v) < 0 : between.compareTo(v) > 0)
                        .as(s)
                        .isTrue();
            }
        } else {
            Matcher m = Pattern.compile("one of the (\\d+) (highest|lowest) recorded")
                    .matcher(s);
            assertThat(m.find()).as(s).isTrue();
            int k = Integer.parseInt(m.group(1));
            boolean highest = m.group(2).equals("highest");
            long beyond = series.values().stream()
                    .filter(x -> highest ? x.compareTo(v) > 0 : x.compareTo(v) < 0)
                    .count();
            assertThat(beyond).as(s).isLessThan(k);
            assertThat(series.size()).as(s).isGreaterThan(k);
        }
    }

    private static void checkComparators(Highlight h, Map<String, String> f) {
        String s = h.sentence();
        BigDecimal v = new BigDecimal(f.get("value"));
        boolean higher = s.contains(" is higher than ");
        assertThat(higher || s.contains(" is lower than ")).as(s).isTrue();
        assertThat(h.comparisons()).as(s).hasSizeGreaterThanOrEqualTo(2);
        for (Comparison c : h.comparisons()) {
            BigDecimal expected;
            if (c.comparator().equals("England")) {
                expected = new BigDecimal(f.get("england"));
            } else if (c.comparator().endsWith("statistical neighbours mean")) {
                expected = new BigDecimal(f.get("sn_mean"));
                assertThat(h.neighbourAverage().orElseThrow().usedCount())
                        .as(s)
                        .isEqualTo(Integer.parseInt(f.get("sn_used")));
            } else {
                expected = new BigDecimal(f.get("region"));
            }
            BigDecimal got = c.comparatorValue().orElseThrow();
            assertThat(got.subtract(expected).abs())
                    .as("%s: %s", s, c.comparator())
                    .isLessThanOrEqualTo(expected.abs().multiply(new BigDecimal("1e-15")));
            assertThat(v.compareTo(expected)).as("%s: %s", s, c.comparator()).isEqualTo(higher ? 1 : -1);
        }
    }

    /** A value as the direction of travel compares it: half up at the indicator's decimal places. */
    private static BigDecimal shown(BigDecimal v, Indicator indicator) {
        return v.setScale(indicator.decimalPlaces(), RoundingMode.HALF_UP);
    }

    private static void checkChange(Highlight h, Map<String, String> f, Indicator indicator) {
        String s = h.sentence();
        TreeMap<Integer, BigDecimal> series = series(f);
        int year = Integer.parseInt(f.get("end_year"));
        BigDecimal now = shown(series.get(year), indicator);
        BigDecimal before = shown(series.get(year - 1), indicator);
        BigDecimal relative = now.subtract(before)
                .abs()
                .multiply(BigDecimal.valueOf(100))
                .divide(before.abs(), MathContext.DECIMAL64);
        assertThat(relative).as(s).isGreaterThanOrEqualTo(BigDecimal.TEN);
        Matcher m = Pattern.compile("([\\d,]+)% (increase|decrease)|(increase|decrease) \\(([\\d,]+)%\\)")
                .matcher(s);
        assertThat(m.find()).as(s).isTrue();
        String percent = (m.group(1) != null ? m.group(1) : m.group(4)).replace(",", "");
        String way = m.group(2) != null ? m.group(2) : m.group(3);
        assertThat(percent)
                .as(s)
                .isEqualTo(relative.setScale(0, RoundingMode.HALF_UP).toPlainString());
        assertThat(way).as(s).isEqualTo(now.compareTo(before) > 0 ? "increase" : "decrease");
    }

    private static void checkRun(Highlight h, Map<String, String> f, Indicator indicator) {
        String s = h.sentence();
        Matcher m = Pattern.compile("has (improved|worsened|risen|fallen) for (\\d+) years in a row")
                .matcher(s);
        assertThat(m.find()).as(s).isTrue();
        int steps = Integer.parseInt(m.group(2));
        boolean high = f.get("polarity").equals("High");
        boolean up = switch (m.group(1)) {
            case "improved" -> high;
            case "worsened" -> !high;
            case "risen" -> true;
            default -> false;
        };
        TreeMap<Integer, BigDecimal> series = series(f);
        int year = Integer.parseInt(f.get("end_year"));
        assertThat(steps).as(s).isGreaterThanOrEqualTo(3);
        for (int y = year; y > year - steps; y--) {
            assertThat(series).as(s).containsKeys(y, y - 1);
            int c = shown(series.get(y), indicator).compareTo(shown(series.get(y - 1), indicator));
            assertThat(c).as("%s: %d against %d", s, y, y - 1).isEqualTo(up ? 1 : -1);
        }
    }

    private static void checkQuartileMove(Highlight h, Map<String, String> f) {
        assertThat(h.band()).as(h.sentence()).contains(Band.valueOf(f.get("band")));
        assertThat(h.previousBand()).as(h.sentence()).contains(Band.valueOf(f.get("band_previous")));
        assertThat(h.news()).isEqualTo(h.band().get().compareTo(h.previousBand().get()) < 0 ? News.GOOD : News.BAD);
    }

    // ------------------------------------------------------------------ the minutes' statements

    private static List<Highlight> at(String measure, String area, ReportingPeriod period, HighlightPolicy policy) {
        return Highlights.forIndicator(
                lait, measure, area, period, policy, RatingPolicy.defaults(), BenchmarkPolicy.defaults());
    }

    private static ReportingPeriod period(String measure, String label) {
        return ReportingPeriod.parse(
                label, lait.findIndicator(measure).orElseThrow().yearType());
    }

    @Test
    void test_lancashireExclusions2015_higherThanEveryComparator() {
        // Q1 2017/18 minutes: "the exclusion rate for Lancashire schools was higher than national,
        // regional and statistical neighbour averages". The script: 0.18259 against England
        // 0.08443, the North West 0.11294 and the (May 2025) neighbours' mean 0.085825.
        Map<String, String> f = seeds.get("TotPermEx|888");
        List<Highlight> h = at("TotPermEx", "888", period("TotPermEx", "2015/16"), ALL);

        assertThat(h)
                .filteredOn(x -> x.kind() == HighlightKind.COMPARATORS)
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.sentence())
                            .isEqualTo(
                                    "Lancashire's Total Permanent Exclusions of 0.18 in AY 2015/16 is higher than England"
                                            + " (0.08), the North West (0.11) and the statistical neighbour average (0.09).");
                    assertThat(x.news()).isEqualTo(News.BAD);
                    checkComparators(x, f);
                });
    }

    @Test
    void test_lancashireChildrenLookedAfter2017_highestEverOnlyFromTwoValues() {
        // "1,875 Children Looked After, the highest ever recorded" (Q1 2017/18): LAIT holds the
        // counts at 31 March, 1,842 for 2016/17 after 1,660 for 2015/16 (the script's series), so the
        // quarter's 1,875 is not in it. From two values the default policy claims no record; a policy
        // that accepts a series of two does, for the year the data holds.
        ReportingPeriod year = period("LACnum", "2016/17");
        assertThat(at("LACnum", "888", year, ALL)).noneMatch(x -> x.kind() == HighlightKind.RECORD);

        List<Highlight> two = at("LACnum", "888", year, ALL.withMinimumSeriesLength(2));
        assertThat(two)
                .filteredOn(x -> x.kind() == HighlightKind.RECORD)
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.sentence())
                            .isEqualTo(
                                    "Lancashire's Number of Children looked after of 1,842 in 2016/17 is the highest ever"
                                            + " recorded (2 values from 2015/16).");
                    assertThat(x.news()).isEqualTo(News.NEUTRAL);
                    checkRecord(x, seeds.get("LACnum|888"));
                });
    }

    @Test
    void test_stockportTwoYearOlds2018_notHighestInTheNorthWestNorTopFiveInEngland() {
        // 2014/15 Q2 minutes: "the highest in NW and in the top 5 in the country". LAIT's series
        // starts in 2018, where the script counts 10 higher of 152 in England (11th: no claim), 4
        // higher of 23 in the North West (5th) and 1 higher of 11 among the neighbours (2nd).
        List<Highlight> h = at("%_2yr_olds", "356", period("%_2yr_olds", "2017/18"), ALL);

        assertThat(h)
                .extracting(Highlight::sentence)
                .containsExactly(
                        "Stockport's Percentage of 2 year old children benefitting from funded early education of 99.1"
                                + " in AY 2017/18 is 5th in the North West, in the top 5 of 23.",
                        "Stockport's Percentage of 2 year old children benefitting from funded early education of 99.1"
                                + " in AY 2017/18 is 2nd among its statistical neighbours, in the top 3 of 11.",
                        "Stockport's Percentage of 2 year old children benefitting from funded early education of 99.1"
                                + " in AY 2017/18 is higher than England (71.8), the North West (83.0) and the statistical"
                                + " neighbour average (81.2).");
        for (Highlight x : h) {
            checkHighlight(x, seeds.get("%_2yr_olds|356"));
        }
    }

    @Test
    void test_stockportChildProtectionPlans2017_aTwentySixPerCentIncrease() {
        // 2016/17 Q1 minutes: "a 21 % increase in children with a child protection plan", a figure
        // of the quarter. LAIT holds 31 March: 190 (2015/16) to 239 (2016/17), 49/190 = 25.8%.
        List<Highlight> h = at("CPP_Num", "356", period("CPP_Num", "2016/17"), ALL);

        assertThat(h)
                .filteredOn(x -> x.kind() == HighlightKind.CHANGE)
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.sentence())
                            .isEqualTo(
                                    "Stockport's Number of Children with CPP of 239 in 2016/17 is a 26% increase on 190 in"
                                            + " 2015/16.");
                    checkChange(
                            x,
                            seeds.get("CPP_Num|356"),
                            lait.findIndicator("CPP_Num").orElseThrow());
                });
    }

    @Test
    void test_stockportKeyStage2In2016_aboveEveryComparator() {
        // 2016/17 Q1 minutes: provisional attainment "well above the national average". KS2 reading,
        // writing and mathematics at the expected standard, 2015/16: 58 against England 54, the North
        // West 53 and the neighbours' mean 55.5 (the script).
        Map<String, String> f = seeds.get("KS2RWM_Expected_STD|356");
        List<Highlight> h = at("KS2RWM_Expected_STD", "356", period("KS2RWM_Expected_STD", "2015/16"), ALL);

        assertThat(h)
                .filteredOn(x -> x.kind() == HighlightKind.COMPARATORS)
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.news()).isEqualTo(News.GOOD);
                    // Shown at the measure's 0 decimal places: the mean 55.5 as 56.
                    assertThat(x.sentence())
                            .contains(" is higher than England (54), the North West (53) and the statistical"
                                    + " neighbour average (56).");
                    checkComparators(x, f);
                });
    }

    private static void checkHighlight(Highlight h, Map<String, String> f) {
        switch (h.kind()) {
            case RANK -> checkRank(h, f);
            case COMPARATORS -> checkComparators(h, f);
            default -> throw new AssertionError("unexpected " + h.sentence());
        }
    }

    @Test
    void test_findAll_sameAsOneAtATime() {
        List<String> areas = new ArrayList<>(FOCUS);
        Map<String, List<Highlight>> all = Highlights.findAll(
                lait, areas, java.util.Optional.empty(), ALL, RatingPolicy.defaults(), BenchmarkPolicy.defaults());

        assertThat(all.keySet()).containsExactlyElementsOf(FOCUS);
        for (String area : FOCUS) {
            assertThat(all.get(area)).isEqualTo(found.get(area));
        }
    }
}
