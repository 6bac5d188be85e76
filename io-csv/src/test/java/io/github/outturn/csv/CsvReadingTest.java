package io.github.outturn.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.outturn.io.InputProblem;
import io.github.outturn.io.InvalidInputException;
import io.github.outturn.model.Action;
import io.github.outturn.model.Area;
import io.github.outturn.model.AreaType;
import io.github.outturn.model.Dataset;
import io.github.outturn.model.DecimalRange;
import io.github.outturn.model.Indicator;
import io.github.outturn.model.Observation;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Theme;
import io.github.outturn.period.AcademicYear;
import io.github.outturn.period.FinancialYear;
import io.github.outturn.period.YearType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.numbers.fraction.Fraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Excel and real exports write, and every kind of malformed input with its located error. */
class CsvReadingTest {

    private final CsvFormat csv = new CsvFormat();

    @TempDir
    Path dir;

    private void file(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<InputProblem> problems() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> csv.read(dir));
        assertThat(e).as("an InvalidInputException").isNotNull();
        return e.problems();
    }

    private static InputProblem only(List<InputProblem> problems) {
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void test_read_excelExport_bomCrlfQuotesTrailingColumnsBlankLinesAnyOrderAnyCase() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "Name,CODE,Type,,\r\n"
                + "\"Barking, and \"\"Dagenham\"\"\",301,local-authority,,\r\n"
                + "\r\n"
                + ",,,,\r\n"
                + "\"Line\r\nbreak\",302,Local-Authority\r\n";
        Files.write(dir.resolve("areas.csv"), concat(bom, text.getBytes(StandardCharsets.UTF_8)));
        Dataset ds = csv.read(dir);
        assertThat(ds.areas())
                .containsExactly(
                        Area.of("301", "Barking, and \"Dagenham\"", AreaType.LOCAL_AUTHORITY),
                        Area.of("302", "Line\r\nbreak", AreaType.LOCAL_AUTHORITY));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void test_read_snakeCasePropertyNamesAreAcceptedAsAliases() throws IOException {
        file("indicators.csv", "id,name,polarity,priority_ids\nx,X,higher-is-better,P1;P2\n");
        file("observations.csv", "indicator_id,area_code,period,value\nx,356,2014/15,5\n");
        Dataset ds = csv.read(dir);
        assertThat(ds.indicators().get(0).priorityIds()).containsExactly("P1", "P2");
        assertThat(ds.observations().get(0).areaCode()).isEqualTo("356");
    }

    @Test
    void test_read_periodsFollowTheIndicatorsYearType() throws IOException {
        file(
                "indicators.csv",
                "id,name,polarity,year_type\nks2,KS2,higher-is-better,academic\ncla,CLA,lower-is-better,\n");
        file("observations.csv", "indicator,area,period,value\nks2,356,2015/16,61\ncla,356,2015/16,55\n");
        file("targets.csv", "indicator,period,value\nks2,2015/16,65\n");
        Dataset ds = csv.read(dir);
        assertThat(ds.observations().get(0).period()).isEqualTo(AcademicYear.of(2015));
        assertThat(ds.observations().get(1).period()).isEqualTo(FinancialYear.of(2015));
        assertThat(ds.targets().get(0).period()).isEqualTo(AcademicYear.of(2015));
    }

    @Test
    void test_read_decimalsKeepTheirScaleAndNegativeNumbersAreNumbers() throws IOException {
        file("observations.csv", "indicator,area,period,value,note\nx,356,2014/15,-5.10,-not a formula\n");
        Observation o = csv.read(dir).observations().get(0);
        assertThat(o.value()).contains(new BigDecimal("-5.10"));
        assertThat(o.note()).contains("-not a formula");
    }

    @Test
    void test_read_statusDefaultsToActualWithAValueAndMissingWithout() throws IOException {
        file("observations.csv", "indicator,area,period,value\nx,356,2014/15,5\nx,356,2015/16,\n");
        List<Observation> obs = csv.read(dir).observations();
        assertThat(obs.get(0).status()).isEqualTo(ObservationStatus.ACTUAL);
        assertThat(obs.get(1).status()).isEqualTo(ObservationStatus.MISSING);
    }

    @Test
    void test_read_weightsAsDecimalsOrFractions() throws IOException {
        file(
                "actions.csv",
                "id,title,priorities,weights\nA1,One,P1;P2,0.25;0.75\nA2,Two,P1;P2; P3,1/3;1/3;1/3\nA3,Three,P1,1\n");
        List<Action> actions = csv.read(dir).actions();
        assertThat(actions.get(0).weights()).containsExactly(Fraction.of(1, 4), Fraction.of(3, 4));
        assertThat(actions.get(1).priorityIds()).containsExactly("P1", "P2", "P3");
        assertThat(actions.get(2).weights()).containsExactly(Fraction.ONE);
    }

    @Test
    void test_read_thousandsSeparatorIsALocatedError() throws IOException {
        file("observations.csv", "indicator,area,period,value\nx,356,2014/15,\"1,875\"\n");
        InputProblem p = only(problems());
        assertThat(p.source()).isEqualTo("observations.csv");
        assertThat(p.line()).hasValue(2);
        assertThat(p.field()).contains("value");
        assertThat(p.value()).contains("1,875");
        assertThat(p.getMessage()).contains("expected a plain number such as 1875");
    }

    /** Issue 13: numbers no figure has are refused at read time, each at its file, line and column. */
    @Test
    void test_read_numbersOutOfRangeAreLocatedErrors() throws IOException {
        file(
                "observations.csv",
                "indicator,area,period,value,numerator,denominator\n"
                        + "x,356,2014/15,1,1e2147483647,100\n"
                        + "x,357,2014/15,1e999999999,,\n"
                        + "x,358,2014/15,,1,-1e999999999\n");
        file("benchmarks.csv", "indicator,period,comparator,type,value\nx,2014/15,970,england,1e999999999\n");
        file("indicators.csv", "id,name,polarity,multiplier\nx,X,higher-is-better,1e400\n");
        file("reported.csv", "scope,total\nplan,1e2147483648\n");
        assertThat(problems())
                .extracting(p -> p.source() + ":" + p.line().orElse(0) + " "
                        + p.field().orElse("-") + " " + p.value().orElse("-") + ": " + p.getMessage())
                .containsExactlyInAnyOrder(
                        "observations.csv:2 numerator 1e2147483647: " + DecimalRange.OUT_OF_RANGE,
                        "observations.csv:3 value 1e999999999: " + DecimalRange.OUT_OF_RANGE,
                        "observations.csv:4 denominator -1e999999999: " + DecimalRange.OUT_OF_RANGE,
                        "benchmarks.csv:2 value 1e999999999: " + DecimalRange.OUT_OF_RANGE,
                        "indicators.csv:2 multiplier 1e400: " + DecimalRange.OUT_OF_RANGE,
                        "reported.csv:2 total 1e2147483648: " + DecimalRange.OUT_OF_RANGE);
    }

    @Test
    void test_read_decimalCommaIsALocatedError() throws IOException {
        file("observations.csv", "indicator,area,period,value\nx,356,2014/15,\"12,5\"\n");
        assertThat(only(problems()).getMessage()).contains("decimal point such as 12.5");
    }

    @Test
    void test_read_unknownColumnIsAnError() throws IOException {
        file("areas.csv", "code,name,type,vlaue\n356,Stockport,local-authority,1\n");
        InputProblem p = only(problems());
        assertThat(p.line()).hasValue(1);
        assertThat(p.field()).contains("vlaue");
        assertThat(p.getMessage()).contains("unknown column").contains("code, name, type, region");
    }

    @Test
    void test_read_missingRequiredColumnAndRepeatedColumn() throws IOException {
        file("areas.csv", "code,code,type\n356,356,local-authority\n");
        List<InputProblem> ps = problems();
        assertThat(ps)
                .extracting(InputProblem::getMessage)
                .containsExactly(
                        "the column code is named twice in the header",
                        "the required column name is missing from the header");
    }

    @Test
    void test_read_valueUnderNoHeaderIsAnError() throws IOException {
        file("themes.csv", "id,name\nT1,Start Well,surplus\n");
        InputProblem p = only(problems());
        assertThat(p.line()).hasValue(2);
        assertThat(p.value()).contains("surplus");
        assertThat(p.getMessage()).contains("column 3, which the header does not name");
    }

    @Test
    void test_read_rowsWithTheWrongNumberOfFieldsAreLocatedErrors() throws IOException {
        // An unquoted 1,520 shifts every later column: value 1, numerator 520. RFC 4180 rows have the
        // header's number of fields, so both rows below are refused, with their lines.
        file(
                "observations.csv",
                "indicator,area,period,value,numerator,note\n"
                        + "x,356,2014/15,1,520,,\n"
                        + "x,357,2014/15,7\n"
                        + "x,358,2014/15,8,,\n");
        List<InputProblem> ps = problems();
        assertThat(ps).extracting(p -> p.line().getAsInt()).containsExactly(2, 3);
        assertThat(ps.get(0).getMessage())
                .isEqualTo("the row has 7 fields but the header has 6: quote a value that holds a comma"
                        + " (\"1,520\"), and give every column, empty or not");
        assertThat(ps.get(1).getMessage()).startsWith("the row has 4 fields but the header has 6");
    }

    @Test
    void test_read_textThatIsNotUtf8IsALocatedError() throws IOException {
        // "Café" saved by an old Excel as Latin-1: byte E9 is not UTF-8.
        byte[] latin1 = "id,name\nP1,Caf\u00e9 provision\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("priorities.csv"), latin1);
        InputProblem p = only(problems());
        assertThat(p.source()).isEqualTo("priorities.csv");
        assertThat(p.getMessage())
                .startsWith("not UTF-8 text")
                .contains("save it as \"CSV UTF-8\" (Excel), or convert it from its encoding to UTF-8");
    }

    @Test
    void test_read_emptyFileIsAnError() throws IOException {
        file("themes.csv", "");
        assertThat(only(problems()).getMessage()).contains("the file is empty").contains("id,name,description");
    }

    @Test
    void test_read_textAfterAClosingQuoteIsAnError() throws IOException {
        file("themes.csv", "id,name\nT1,\"Start\" Well\n");
        assertThat(only(problems()).getMessage()).startsWith("not readable as CSV");
    }

    @Test
    void test_read_everyProblemAtOnceAcrossRowsAndFiles() throws IOException {
        file(
                "indicators.csv",
                "id,name,polarity,decimal_places,quartile_banded,year_type\n"
                        + ",No id,higher-is-better,1,true,financial\n"
                        + "x,X,upwards,eleven,maybe,fiscal\n");
        file(
                "observations.csv",
                "indicator,area,period,value,status,ci_level\n"
                        + "x,356,Lent 2015,5,actual,\n"
                        + "x,356,2014/15,,final,0.95x\n"
                        + "x,356,2014/15,5,missing,\n");
        file("action_updates.csv", "action,period,status,updated_on\nA1,2014/15 H1,purple,15/10/2014\n");
        file("targets.csv", "indicator,period,value,lower,tolerance\nx,2014/15,5,4,five\nx,2014/15,,,\n");
        List<InputProblem> ps = problems();
        assertThat(ps)
                .extracting(p ->
                        p.source() + ":" + p.line().orElse(0) + " " + p.field().orElse("-"))
                .containsExactly(
                        "action_updates.csv:2 status",
                        "action_updates.csv:2 updated_on",
                        "indicators.csv:2 id",
                        "indicators.csv:3 decimal_places",
                        "indicators.csv:3 polarity",
                        "indicators.csv:3 year_type",
                        "indicators.csv:3 quartile_banded",
                        "targets.csv:2 tolerance",
                        "targets.csv:3 -",
                        "observations.csv:2 period",
                        "observations.csv:3 ci_level",
                        "observations.csv:3 status",
                        "observations.csv:4 -");
        assertThat(ps.get(0).getMessage()).contains("expected one of blue, green, amber, red, not-rated, no-data");
        assertThat(ps.get(1).getMessage()).contains("2014-10-15");
        assertThat(ps.get(8).getMessage()).contains("neither a value nor a band");
        assertThat(ps.get(9).value()).contains("Lent 2015");
        assertThat(ps.get(12).getMessage()).contains("has the value 5");
    }

    @Test
    void test_read_actionsNeedPrioritiesAndOneWeightEach() throws IOException {
        file(
                "actions.csv",
                "id,title,priorities,weights\nA1,One,,\nA2,Two,P1;P2,1/2\nA3,Three,P1;;P2,\nA4,Four,P1,x/y\n");
        List<InputProblem> ps = problems();
        assertThat(ps)
                .extracting(InputProblem::line)
                .extracting(l -> l.orElse(0))
                .containsExactly(2, 3, 4, 5);
        assertThat(ps.get(0).getMessage()).contains("at least one priority");
        assertThat(ps.get(1).getMessage()).contains("1 weights for 2 priorities");
        assertThat(ps.get(2).getMessage()).contains("empty item");
        assertThat(ps.get(3).getMessage()).contains("fractions");
    }

    @Test
    void test_read_twoPlansAreAnError() throws IOException {
        file("plan.csv", "id,name\na,A\nb,B\n");
        assertThat(only(problems()).getMessage()).contains("at most one");
    }

    @Test
    void test_read_problemsAreCappedAndCounted() throws IOException {
        StringBuilder s = new StringBuilder("code,name,type\n");
        for (int i = 0; i < 150; i++) {
            s.append(i).append(",A,nowhere\n");
        }
        file("areas.csv", s.toString());
        List<InputProblem> ps = problems();
        assertThat(ps).hasSize(CsvFormat.MAX_PROBLEMS + 1);
        assertThat(ps.get(CsvFormat.MAX_PROBLEMS).getMessage())
                .isEqualTo("only the first 100 problems are reported; reading stopped there, so there may be more");
    }

    @Test
    void test_write_neutralisesFormulasAndReadingRestoresThem() throws IOException {
        List<String> names = List.of("=SUM(A1:A9)", "+44 161", "-draft", "@user", "'=quoted", "''", "'plain", "ok");
        var b = Dataset.builder();
        for (int i = 0; i < names.size(); i++) {
            b.addThemes(Theme.of("T" + i, names.get(i)));
        }
        b.addObservations(Observation.of("x", "356", FinancialYear.of(2014), new BigDecimal("-5")));
        Dataset ds = b.build();
        csv.write(ds, dir);
        String themes = Files.readString(dir.resolve("themes.csv"));
        assertThat(themes.split("\r\n"))
                .containsExactly(
                        "\uFEFFid,name,description",
                        "T0,'=SUM(A1:A9),",
                        "T1,'+44 161,",
                        "T2,'-draft,",
                        "T3,'@user,",
                        "T4,''=quoted,",
                        "T5,''',",
                        "T6,'plain,",
                        "T7,ok,");
        assertThat(Files.readString(dir.resolve("observations.csv"))).contains("x,356,2014/15,-5,");
        assertThat(csv.read(dir)).isEqualTo(ds);
    }

    @Test
    void test_streamObservations_readsRowByRowAndClosesTheFile() throws IOException {
        file("observations.csv", "indicator,area,period,value\nks2,356,2015/16,61\nks2,357,2015/16,\n");
        Indicator ks2 = Indicator.builder()
                .id("ks2")
                .name("KS2")
                .polarity(Polarity.HIGHER_IS_BETTER)
                .yearType(YearType.ACADEMIC)
                .build();
        try (Stream<Observation> rows = csv.streamObservations(dir.resolve("observations.csv"), List.of(ks2))) {
            assertThat(rows)
                    .extracting(Observation::period, Observation::status)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(AcademicYear.of(2015), ObservationStatus.ACTUAL),
                            org.assertj.core.groups.Tuple.tuple(AcademicYear.of(2015), ObservationStatus.MISSING));
        }
        // The file is closed: on every platform it can now be deleted.
        Files.delete(dir.resolve("observations.csv"));
    }

    @Test
    void test_streamObservations_malformedRowEndsTheStreamWithItsPlace() throws IOException {
        file("observations.csv", "indicator,area,period,value\nx,356,2014/15,1\nx,356,2015/16,abc\nx,356,2016/17,3\n");
        try (Stream<Observation> rows = csv.streamObservations(dir.resolve("observations.csv"), List.of())) {
            var it = rows.iterator();
            assertThat(it.next().value()).contains(BigDecimal.ONE);
            assertThatThrownBy(it::hasNext)
                    .isInstanceOf(UncheckedIOException.class)
                    .cause()
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("observations.csv:3: value \"abc\": expected a number such as 12.5 or -3");
        }
    }

    @Test
    void test_streamObservations_malformedHeaderFailsAtOnce() throws IOException {
        file("observations.csv", "indicator,period\n");
        assertThatThrownBy(() -> csv.streamObservations(dir.resolve("observations.csv"), List.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the required column area is missing");
    }

    @Test
    void test_streamObservations_constantMemoryOverManyRows() throws IOException {
        // 200,000 rows streamed and counted without being held: the stream keeps one row at a time.
        Path big = dir.resolve("observations.csv");
        try (var out = Files.newBufferedWriter(big)) {
            out.write("indicator,area,period,value\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("x," + (300 + i % 150) + ",2014/15," + i + "\n");
            }
        }
        try (Stream<Observation> rows = csv.streamObservations(big, List.of())) {
            assertThat(rows.mapToLong(o -> o.value().orElseThrow().longValueExact())
                            .sum())
                    .isEqualTo(199_999L * 200_000L / 2);
        }
    }
}
