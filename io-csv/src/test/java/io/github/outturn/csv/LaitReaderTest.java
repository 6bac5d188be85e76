package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.BenchmarkValue;
import io.github.outturn.model.ComparatorGroup;
import io.github.outturn.model.ComparatorType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.DecimalRange;
import io.github.outturn.model.Frequency;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.CalendarYear;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.PooledYears;
import io.github.outturn.period.YearType;
import io.github.outturn.testing.LaitData;
import io.github.outturn.validation.DatasetValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LAIT reader: its quirks on small files written here in LAIT's own layout, and the whole real
 * data set carried in the repository ({@code data/lait}, found by {@link LaitData}).
 */
class LaitReaderTest {

    @TempDir
    Path dir;

    static final String DICTIONARY_HEADER = "Measure_code,Topic,Measure,Chart_title,Measure_short,Polarity,"
            + "y_axis_name,state_funded_flag,Table_status,Description,Last Update,Next Update,"
            + "Data Owner (DO) /Supplier and Contact Details,Methodology,Hyperlink(s),dps,Year_Type,No_Quartile\n";

    private static String measure(String id, String name, String polarity, String dps, String yearType, String nq) {
        return "1,Topic,\"" + name + "\",Chart,\"" + id + "\"," + polarity + ",\"% y\",NA,t,\"Line one\nline two\","
                + "x,y,z,m,h," + dps + "," + yearType + "," + nq + "\n";
    }

    /** A small LAIT folder with every quirk: written here, never copied from DfE's files. */
    private void smallFolder(String values) throws IOException {
        Files.writeString(
                dir.resolve("lait_data_dictionary.csv"),
                "\uFEFF" + DICTIONARY_HEADER
                        + measure("KS2", "KS2 expected standard", "High", "NA", "Academic Year", "NA")
                        + measure("CLA", "Children looked after rate", "Low", "0", "Annual", "NA")
                        + measure("RTA", "Killed or seriously injured", "-", "1", "Calendar Year", "N")
                        + measure("Alc", "Alcohol admissions", "NA", "NA", "Financial Year", "NA")
                        + measure("Jan", "January census", "High", "NA", "Annual - January", "NA")
                        + measure("Wf", "Workforce", "Low", "1", "Annual (end of Sept)", "NA")
                        // Listed again under another topic: the first listing stands, NA filled.
                        + measure("KS2", "KS2 again", "High", "2", "Academic Year", "N"),
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("la_code_list__Sheet1.csv"),
                "LA Number,LA Name,Region,Type\n"
                        + "356,Stockport,North West,MD\n"
                        + "357,Tameside,North West,MD\n"
                        + "909,Cumbria,North West,SC\n"
                        + "202,Camden,Inner London,ILB\n"
                        + "372,Rotherham,Yorkshire and The Humber,MD\n"
                        + "970,England,NA,NA\n"
                        + "981,North West,NA,NA\n"
                        + "982,Yorkshire and the Humber,NA,NA\n"
                        + "986,London,NA,NA\n"
                        + "987,London (Inner),NA,NA\n"
                        + "1000,England (discontinued),NA,NA\n");
        Files.writeString(
                dir.resolve("sn_may_2025__LA_SN_Groups.csv"),
                "A,B,C,D,E,3,4,5,6,7,\n1,2,3,4,5,6,7,8,9,10,\n"
                        + "LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,SN3,SNP,\n"
                        + "356,Stockport,356,5,North West,357,Close,372,Close,,,\n"
                        + ",,,,,,,,,,,\n,Old SNs:,,,,,,,,,,\n"
                        + "836,Poole (Pre LG),836,7,South West,357,Close,,,,,\n"
                        + "909,Cumbria,909,5,North West,372,Close,,,,,\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bds_long.csv.gz")))) {
            out.write(("measure,data_item,years,area,la_number,region,value\n" + values)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final String VALUES = "KS2,Long title,2016,Stockport,356,North West,53.25\n"
            + "KS2,,2016,Tameside,357,North West,-\n"
            + "KS2,,2016,England,970,NA,53\n"
            + "KS2,,2016,North West,981,NA,52.5\n"
            + "KS2,,2017 (prov),Stockport,356,North West,60\n"
            + "KS2,,2017 (Rev),Stockport,356,North West,61\n"
            + "KS2,,2018,Stockport,356,North West,62\n"
            + "KS2,,2018 (Final),Stockport,356,North West,62.5\n"
            + "KS2,,0,Stockport,356,North West,-\n"
            + "CLA,,2016,Stockport,356,North West,79\n"
            + "CLA,,2016-17 (OT),Camden,202,Inner London,50\n"
            + "RTA,,2014-16,Stockport,356,North West,12.13\n"
            + "RTA,,2015-17,Cumbria,909,North West,3\n"
            + "Alc,,2013/14-15/16,Rotherham,372,Yorkshire and The Humber,40.1\n"
            + "Alc,,2013/14-15/16,Stockport,356,North West,64.099999999999994\n"
            + "Alc,,2013/14-15/16,Camden,202,Inner London,38.2\n"
            + "Jan,,2016,Stockport,356,North West,14\n"
            + "Wf,,2016,Stockport,356,North West,9.5\n";

    @Test
    void test_load_mapsEveryQuirkOfTheFiles() throws IOException {
        smallFolder(VALUES);
        LaitLoad load = LaitReader.load(dir);
        Dataset ds = load.dataset();
        // 18 rows: 2 "-" (one of them the "0" row); skipped: the "0" row, the (prov) figure replaced
        // by (Rev), the plain 2018 replaced by (Final).
        assertThat(load.rows()).isEqualTo(18);
        assertThat(load.missingRows()).isEqualTo(2);
        assertThat(load.skippedRows()).isEqualTo(3);
        assertThat(ds.observations().size() + ds.benchmarks().size()).isEqualTo(18 - 3);

        Indicator ks2 = ds.findIndicator("KS2").orElseThrow();
        assertThat(ks2.name()).isEqualTo("KS2 expected standard");
        assertThat(ks2.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(ks2.yearType()).isEqualTo(YearType.ACADEMIC);
        assertThat(ks2.decimalPlaces()).isEqualTo(2); // NA, filled from the second listing
        assertThat(ks2.quartileBanded()).isFalse(); // No_Quartile N on the second listing
        assertThat(ks2.description()).contains("Line one\nline two");
        assertThat(ks2.unit()).contains("% y");
        assertThat(ds.findIndicator("CLA").orElseThrow().yearType()).isEqualTo(YearType.FINANCIAL);
        assertThat(ds.findIndicator("CLA").orElseThrow().decimalPlaces()).isZero();
        Indicator rta = ds.findIndicator("RTA").orElseThrow();
        assertThat(rta.polarity()).isEqualTo(Polarity.NO_JUDGEMENT);
        assertThat(rta.quartileBanded()).isFalse();
        assertThat(ds.findIndicator("Alc").orElseThrow().polarity()).isEqualTo(Polarity.NO_JUDGEMENT);
        assertThat(ds.findIndicator("Alc").orElseThrow().frequency()).isEqualTo(Frequency.MULTI_YEAR);
        // NA: the commonest scale (40.1, 38.2), not the float artefact 64.099999999999994's 15 places.
        assertThat(ds.findIndicator("Alc").orElseThrow().decimalPlaces()).isEqualTo(1);
        assertThat(ds.findIndicator("Jan").orElseThrow().yearType()).isEqualTo(YearType.ACADEMIC);
        assertThat(ds.findIndicator("Wf").orElseThrow().yearType()).isEqualTo(YearType.CALENDAR);

        // "2016" is the year ending in 2016: AY 2015/16, 2015/16; calendar 2016.
        assertThat(ds.series("KS2", "356"))
                .extracting(Observation::period, Observation::value, Observation::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AcademicYear.of(2015), Optional.of(new BigDecimal("53.25")), ObservationStatus.ACTUAL),
                        org.assertj.core.groups.Tuple.tuple(
                                AcademicYear.of(2016), Optional.of(new BigDecimal("61")), ObservationStatus.REVISED),
                        org.assertj.core.groups.Tuple.tuple(
                                AcademicYear.of(2017), Optional.of(new BigDecimal("62.5")), ObservationStatus.ACTUAL));
        assertThat(ds.series("KS2", "357")).extracting(Observation::status).containsExactly(ObservationStatus.MISSING);
        assertThat(ds.series("CLA", "356").get(0).period()).isEqualTo(FinancialYear.of(2015));
        assertThat(ds.series("CLA", "202").get(0).period()).isEqualTo(FinancialYear.of(2016));
        assertThat(ds.series("RTA", "356").get(0).period()).isEqualTo(PooledYears.of(YearType.CALENDAR, 2014, 2016));
        assertThat(ds.series("RTA", "909").get(0).period()).isEqualTo(PooledYears.of(YearType.CALENDAR, 2015, 2017));
        assertThat(ds.series("Alc", "372").get(0).period()).isEqualTo(PooledYears.of(YearType.FINANCIAL, 2013, 2015));
        assertThat(ds.series("Jan", "356").get(0).period()).isEqualTo(AcademicYear.of(2015));
        assertThat(ds.series("Wf", "356").get(0).period()).isEqualTo(CalendarYear.of(2016));

        // England and regions are published benchmarks, never observations.
        assertThat(ds.benchmarks("KS2", AcademicYear.of(2015)))
                .extracting(BenchmarkValue::comparator, BenchmarkValue::type, BenchmarkValue::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "970", ComparatorType.ENGLAND, Optional.of(new BigDecimal("53"))),
                        org.assertj.core.groups.Tuple.tuple(
                                "981", ComparatorType.REGION, Optional.of(new BigDecimal("52.5"))));
        assertThat(ds.observations())
                .noneMatch(o -> o.areaCode().equals("970") || o.areaCode().equals("981"));

        // Areas: names and regions from the code list, matched across case and "Inner London".
        assertThat(ds.findArea("372").orElseThrow().regionCode()).contains("982");
        assertThat(ds.findArea("202").orElseThrow().regionCode()).contains("987");
        assertThat(ds.findArea("987").orElseThrow().regionCode()).contains("986");
        assertThat(ds.findArea("981").orElseThrow().regionCode()).contains("970");
        assertThat(ds.findArea("970").orElseThrow().type()).isEqualTo(AreaType.ENGLAND);
        assertThat(ds.findArea("356").orElseThrow().subtype()).contains("MD");
        assertThat(ds.findArea("909").orElseThrow().current()).isFalse();
        assertThat(ds.findArea("356").orElseThrow().current()).isTrue();
        assertThat(ds.findArea("1000")).isEmpty();

        // Statistical neighbours: header on the third line, SN1..SN10 in order, old section read.
        assertThat(ds.comparatorGroups()).extracting(ComparatorGroup::id).containsExactly("sn-356", "sn-909");
        ComparatorGroup sn = ds.findComparatorGroup("sn-356").orElseThrow();
        assertThat(sn.memberCodes()).containsExactly("357", "372");
        assertThat(sn.type()).isEqualTo(ComparatorType.STATISTICAL_NEIGHBOURS);
        assertThat(sn.areaCode()).contains("356");
        assertThat(sn.name()).isEqualTo("Stockport statistical neighbours");

        assertThat(DatasetValidator.create().validate(ds).toString()).isEqualTo("valid");
    }

    @Test
    void test_load_revisionInALaterStretchOfAMeasuresRowsReplacesTheEarlierValue() throws IOException {
        // Wf's rows come in two stretches with Jan's between them; its first suffixed label is in the
        // second, so the rows of the first stretch must be found when it comes.
        smallFolder("Wf,,2016,Stockport,356,North West,9.5\n"
                + "Wf,,2016,England,970,NA,9\n"
                + "Wf,,2017,Stockport,356,North West,9.6\n"
                + "Jan,,2016,Stockport,356,North West,14\n"
                + "Wf,,2016 (Rev),Stockport,356,North West,9.7\n"
                + "Wf,,2016 (Rev),England,970,NA,9.1\n"
                + "Wf,,2017 (prov),Stockport,356,North West,9.0\n");
        LaitLoad load = LaitReader.load(dir);
        Dataset ds = load.dataset();

        assertThat(load.skippedRows()).isEqualTo(3); // two replaced, the provisional one ignored
        assertThat(ds.series("Wf", "356"))
                .extracting(Observation::period, Observation::value, Observation::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                CalendarYear.of(2016), Optional.of(new BigDecimal("9.7")), ObservationStatus.REVISED),
                        org.assertj.core.groups.Tuple.tuple(
                                CalendarYear.of(2017), Optional.of(new BigDecimal("9.6")), ObservationStatus.ACTUAL));
        assertThat(ds.benchmarks("Wf", CalendarYear.of(2016)))
                .extracting(BenchmarkValue::value)
                .containsExactly(Optional.of(new BigDecimal("9.1")));
        assertThat(ds.series("Jan", "356")).hasSize(1);
    }

    @Test
    void test_load_sharesRepeatedStringsAndPeriods() throws IOException {
        smallFolder(VALUES);
        Dataset ds = LaitReader.read(dir);
        List<Observation> ks2 = ds.series("KS2", "356");
        assertThat(ks2.get(0).indicatorId())
                .isSameAs(ds.series("KS2", "357").get(0).indicatorId());
        assertThat(ks2.get(0).period()).isSameAs(ds.series("KS2", "357").get(0).period());
        assertThat(ks2.get(0).areaCode())
                .isSameAs(ds.series("CLA", "356").get(0).areaCode());
    }

    private List<InputProblem> problems() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> LaitReader.load(dir));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.problems();
    }

    @Test
    void test_load_reportsEveryBadRowWithItsPlace() throws IOException {
        smallFolder("KS2,,2016,Stockport,356,North West,\"1,875\"\n"
                + "Nope,,2016,Stockport,356,North West,1\n"
                + "KS2,,Lent 2016,Stockport,356,North West,1\n"
                + "KS2,,2016 (Draft),Stockport,356,North West,1\n"
                + "KS2,,2017 (Rev),Stockport,356,North West,1\n"
                + "KS2,,2017 (Rev),Stockport,356,North West,2\n");
        assertThat(problems())
                .extracting(p -> p.line().orElse(0) + " " + p.field().orElse("-") + " "
                        + p.value().orElse("-"))
                .containsExactly(
                        "2 value 1,875",
                        "3 measure Nope",
                        "4 years Lent 2016",
                        "5 years 2016 (Draft)",
                        "7 years 2017 (Rev)");
    }

    @Test
    void test_load_aValueOutOfRangeIsALocatedError() throws IOException {
        smallFolder("KS2,,2016,Stockport,356,North West,1e999999999\n" + "KS2,,2017,Stockport,356,North West,1E-31\n");
        assertThat(problems())
                .extracting(p -> p.line().orElse(0) + " " + p.field().orElse("-") + " "
                        + p.value().orElse("-") + ": " + p.getMessage())
                .containsExactly(
                        "2 value 1e999999999: " + DecimalRange.OUT_OF_RANGE + ", or - for missing",
                        "3 value 1E-31: " + DecimalRange.OUT_OF_RANGE + ", or - for missing");
    }

    @Test
    void test_load_badDictionaryRowsAreReported() throws IOException {
        smallFolder("");
        Files.writeString(
                dir.resolve("lait_data_dictionary.csv"),
                DICTIONARY_HEADER
                        + measure("X", "X", "Up", "many", "Fortnightly", "NA")
                        + measure("", "Y", "High", "1", "Academic Year", "NA"));
        assertThat(problems())
                .extracting(p -> p.field().orElse("-"))
                .containsExactly("Polarity", "Year_Type", "dps", "Measure_short");
    }

    @Test
    void test_load_missingColumnsAreReported() throws IOException {
        smallFolder("");
        Files.writeString(dir.resolve("lait_data_dictionary.csv"), "Measure_code,Measure_short\n1,X\n");
        assertThat(problems())
                .extracting(p -> p.field().orElse("-"))
                .containsExactly("Measure", "Polarity", "dps", "Year_Type", "No_Quartile");
    }

    @Test
    void test_format_canReadAFolderWithValuesAndDictionary() throws IOException {
        LaitFormat format = new LaitFormat();
        assertThat(format.canRead(dir)).isFalse();
        smallFolder(VALUES);
        assertThat(format.canRead(dir)).isTrue();
        assertThat(new CsvFormat().canRead(dir)).isFalse();
        assertThat(format.read(dir).indicators()).hasSize(6);
    }

    // ------------------------------------------------------------------ the real data

    @Test
    void test_load_theWholeRealFile() throws IOException {
        LaitLoad load = LaitReader.load(LaitData.folder());
        Dataset ds = load.dataset();
        // Counts from the data's README and a census of the file: 641,070 values, 93,883 of them "-";
        // 434 measures; 170 areas (England, 11 regions, 158 LAs); 170 rows of CINPermExclusion have
        // the period "0".
        assertThat(load.rows()).isEqualTo(641_070);
        assertThat(load.missingRows()).isEqualTo(93_883);
        assertThat(load.skippedRows()).isEqualTo(170);
        assertThat(ds.observations().size() + ds.benchmarks().size()).isEqualTo(641_070 - 170);
        long missing = ds.observations().stream()
                        .filter(o -> o.value().isEmpty())
                        .count()
                + ds.benchmarks().stream().filter(b -> b.value().isEmpty()).count();
        assertThat(missing).isEqualTo(93_883 - 170);
        assertThat(ds.indicators()).hasSize(434);
        assertThat(ds.areas()).hasSize(170);
        assertThat(ds.areas().stream().filter(a -> a.type() == AreaType.REGION)).hasSize(11);
        assertThat(ds.areas().stream().filter(a -> a.type() == AreaType.LOCAL_AUTHORITY))
                .hasSize(158);
        assertThat(ds.areas().stream().filter(a -> !a.current()).map(Area::name))
                .containsExactlyInAnyOrder(
                        "Dorset (Pre LG)", "Poole (Pre LG)", "Bournemouth (Pre LG)", "Cumbria", "Northamptonshire");
        // Every LA's ten neighbours (Cumbria's and Northamptonshire's from the "Old SNs" section).
        assertThat(ds.comparatorGroups())
                .hasSize(158)
                .allMatch(g -> g.memberCodes().size() == 10);
        assertThat(ds.findComparatorGroup("sn-356").orElseThrow().memberCodes().get(0))
                .isNotBlank();
        // England (970) and regions (980-990) are benchmarks: 434 measures' rows for 12 areas.
        assertThat(ds.benchmarks()).allMatch(b -> b.comparator().equals("970") == (b.type() == ComparatorType.ENGLAND));
        // Stockport's first RTA row in the file: "RTA,...,2014-16,Stockport,356,North West,..." is pooled.
        assertThat(ds.series("RTA", "356").get(0).period()).isEqualTo(PooledYears.of(YearType.CALENDAR, 2014, 2016));
        // A3A's labels run 2016, 2017, 2018 (Rev) ... 2020 (Final): statuses follow the suffixes.
        assertThat(ds.series("A3A", "356"))
                .extracting(Observation::status)
                .contains(ObservationStatus.ACTUAL, ObservationStatus.REVISED);
        assertThat(DatasetValidator.create().validate(ds).isValid()).isTrue();
    }
}
