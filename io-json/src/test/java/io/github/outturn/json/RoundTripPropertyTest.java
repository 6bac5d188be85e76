package io.github.outturn.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.ObservationStatus;
import io.github.outturn.model.Polarity;
import io.github.outturn.model.Status;
import io.github.outturn.period.PeriodKind;
import io.github.outturn.period.ReportingPeriod;
import io.github.outturn.testkit.OutturnGenerators;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Any dataset written and read back is equal to itself. */
class RoundTripPropertyTest {

    @Test
    void property_anyDatasetWrittenAndReadBackIsEqual() {
        OutturnJson indented = OutturnJson.standard();
        OutturnJson compact = indented.withIndent(false);
        Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
        Set<Enum<?>> enums = new HashSet<>();
        Set<Integer> scales = new HashSet<>();
        qt().withFixedSeed(20141015L)
                .withExamples(500)
                .forAll(OutturnGenerators.datasets())
                .checkAssert(ds -> {
                    assertThat(Documents.read(indented.writeDatasetAsString(ds)))
                            .isEqualTo(ds);
                    assertThat(Documents.read(compact.writeDatasetAsString(ds))).isEqualTo(ds);
                    periods(ds).forEach(p -> kinds.add(p.kind()));
                    ds.observations().forEach(o -> {
                        enums.add(o.status());
                        o.value().map(BigDecimal::scale).ifPresent(scales::add);
                    });
                    ds.indicators().forEach(i -> enums.add(i.polarity()));
                    ds.actionUpdates().forEach(u -> enums.add(u.status()));
                });
        // The generated datasets used every period kind, every status and polarity, and every scale.
        assertThat(kinds).containsExactlyInAnyOrder(PeriodKind.values());
        assertThat(enums).contains(ObservationStatus.values());
        assertThat(enums).contains(Polarity.values());
        assertThat(enums).contains(Status.values());
        assertThat(scales).contains(0, 1, 2, 3, 4, 5, 6);
    }

    private static Stream<ReportingPeriod> periods(Dataset ds) {
        return Stream.of(
                        ds.observations().stream().map(o -> o.period()),
                        ds.targets().stream().map(t -> t.period()),
                        ds.benchmarks().stream().map(b -> b.period()),
                        ds.actionUpdates().stream().map(u -> u.period()))
                .flatMap(s -> s);
    }
}
