package io.github.outturn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.outturn.period.FinancialYear;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Area references as a person types them: codes, names in any case, typos. */
class AreaFinderTest {

    /** Names as DfE's LAIT spells them (la_code_list), one area with an ONS code, one unlisted code. */
    private static final Dataset DATASET = Dataset.builder()
            .addAreas(
                    Area.builder()
                            .code("356")
                            .name("Stockport")
                            .type(AreaType.LOCAL_AUTHORITY)
                            .build(),
                    Area.of("357", "Tameside", AreaType.LOCAL_AUTHORITY),
                    Area.of("810", "Kingston upon Hull, City of", AreaType.LOCAL_AUTHORITY),
                    Area.of("801", "Bristol, City of", AreaType.LOCAL_AUTHORITY),
                    Area.of("882", "Southend-on-Sea", AreaType.LOCAL_AUTHORITY),
                    Area.of("872", "Brighton & Hove", AreaType.LOCAL_AUTHORITY),
                    Area.builder()
                            .code("909")
                            .name("Cumbria")
                            .type(AreaType.LOCAL_AUTHORITY)
                            .current(false)
                            .build(),
                    Area.of("E10000006", "Cumbria", AreaType.OTHER),
                    Area.of("E08000003", "Manchester", AreaType.LOCAL_AUTHORITY),
                    Area.of("970", "England", AreaType.ENGLAND))
            .addObservations(Observation.builder()
                    .indicatorId("x")
                    .areaCode("W06000015")
                    .period(FinancialYear.of(2014))
                    .value(BigDecimal.ONE)
                    .build())
            .build();

    private static final AreaFinder FINDER = AreaFinder.of(DATASET);

    private static Optional<String> code(String reference) {
        return FINDER.find(reference).code();
    }

    @Test
    void test_find_byCodeInAnyCase() {
        assertThat(code("356")).contains("356");
        assertThat(code(" 356 ")).contains("356");
        assertThat(code("e08000003")).contains("E08000003");
        assertThat(code("E08000003")).contains("E08000003");
        // A code only the observations use.
        assertThat(code("w06000015")).contains("W06000015");
        AreaMatch m = FINDER.find("356");
        assertThat(m.isFound()).isTrue();
        assertThat(m.candidates()).isEmpty();
        assertThat(m.reason()).isEqualTo("\"356\" is the code of Stockport");
        assertThat(FINDER.find("W06000015").reason()).isEqualTo("\"W06000015\" is an area code of the observations");
    }

    @Test
    void test_find_byNameIgnoringCasePunctuationAndAmpersand() {
        assertThat(code("stockport")).contains("356");
        assertThat(code("STOCKPORT")).contains("356");
        assertThat(code("Kingston upon Hull City of")).contains("810");
        assertThat(code("kingston  upon hull, city of")).contains("810");
        assertThat(code("Southend on Sea")).contains("882");
        assertThat(code("Brighton and Hove")).contains("872");
        assertThat(code("england")).contains("970");
        assertThat(FINDER.find("tameside").reason()).isEqualTo("\"tameside\" is Tameside (357)");
    }

    @Test
    void test_find_aNameOfTwoAreasIsAmbiguous() {
        AreaMatch m = FINDER.find("cumbria");
        assertThat(m.isFound()).isFalse();
        assertThat(m.candidates()).extracting(Area::code).containsExactly("909", "E10000006");
        assertThat(m.reason())
                .isEqualTo("\"cumbria\" names 2 areas (Cumbria (909), Cumbria (E10000006)): give the code");
        // Either code names one.
        assertThat(code("909")).contains("909");
    }

    @Test
    void test_find_unknownListsTheClosest() {
        // One letter left out (distance 1), and two letters swapped (one transposition).
        AreaMatch typo = FINDER.find("Stokport");
        assertThat(typo.code()).isEmpty();
        assertThat(typo.candidates()).extracting(Area::name).containsExactly("Stockport");
        assertThat(typo.reason()).isEqualTo("no area has the code or name \"Stokport\"; closest: Stockport (356)");
        assertThat(FINDER.find("Stockprot").candidates()).extracting(Area::code).containsExactly("356");
        // A word of the name: "hull" begins a word of "kingston upon hull city of"; "man" begins Manchester.
        assertThat(FINDER.find("Hull").candidates()).extracting(Area::code).containsExactly("810");
        assertThat(FINDER.find("man").candidates()).extracting(Area::code).containsExactly("E08000003");
        // Names beginning with it in alphabetical order, before names some edits away.
        assertThat(FINDER.find("bri").candidates()).extracting(Area::code).containsExactly("872", "801");
        // An abbreviation: its letters in order in the name (four or more of them).
        assertThat(FINDER.find("Tmsd").candidates()).extracting(Area::code).containsExactly("357");
        assertThat(FINDER.find("Brightn Hv").candidates())
                .extracting(Area::code)
                .containsExactly("872");
        assertThat(FINDER.find("zzzz").candidates()).isEmpty();
        // A mistyped number: 358 is one edit from 356 and 357 (ordered by name on a tie).
        assertThat(FINDER.find("358").candidates()).extracting(Area::code).containsExactly("356", "357");
        // Nothing close.
        AreaMatch none = FINDER.find("Atlantis");
        assertThat(none.candidates()).isEmpty();
        assertThat(none.reason()).isEqualTo("no area has the code or name \"Atlantis\"");
        assertThat(FINDER.find("  ").reason()).isEqualTo("an empty area reference names no area");
    }

    @Test
    void test_find_hostileReferencesGiveBoundedReasons() {
        String huge = "x".repeat(1_000_000);
        AreaMatch m = FINDER.find(huge);
        assertThat(m.candidates()).isEmpty();
        assertThat(m.reason()).hasSizeLessThan(200).contains("xxx...\"");
        assertThat(FINDER.find("Stock\r\nport").reason())
                .contains("\"Stock\\r\\nport\"")
                .doesNotContain("\n");
        assertThatThrownBy(() -> new AreaMatch("x", Optional.empty(), null, "r"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void test_distance_handWorked() {
        assertThat(AreaFinder.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(AreaFinder.distance("ca", "ac")).isEqualTo(1);
        assertThat(AreaFinder.distance("", "abc")).isEqualTo(3);
        assertThat(AreaFinder.normalise("  Brighton & Hove ")).isEqualTo("brighton and hove");
        assertThat(AreaFinder.normalise("St. Helens")).isEqualTo("st helens");
    }

    @Test
    void property_distanceIsAMetricOnSmallAlphabets_andEveryAreaIsFoundByItsCodeAndName() {
        qt().withFixedSeed(20261202L)
                .forAll(
                        strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 6),
                        strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 6))
                .checkAssert((a, b) -> {
                    int d = AreaFinder.distance(a, b);
                    assertThat(d).isEqualTo(AreaFinder.distance(b, a));
                    assertThat(d == 0).isEqualTo(a.equals(b));
                    assertThat(d).isBetween(Math.abs(a.length() - b.length()), Math.max(a.length(), b.length()));
                });
        List<Area> unique = DATASET.areas().stream()
                .filter(a -> !a.name().equals("Cumbria"))
                .toList();
        qt().withFixedSeed(20261202L)
                .forAll(integers().between(0, unique.size() - 1), integers().between(0, 2))
                .checkAssert((i, form) -> {
                    Area a = unique.get(i);
                    String name = switch (form) {
                        case 0 -> a.name().toUpperCase(Locale.ROOT);
                        case 1 -> a.name().toLowerCase(Locale.ROOT);
                        default -> "  " + a.name() + " ";
                    };
                    assertThat(code(name)).contains(a.code());
                    assertThat(code(a.code().toLowerCase(Locale.ROOT))).contains(a.code());
                });
    }
}
