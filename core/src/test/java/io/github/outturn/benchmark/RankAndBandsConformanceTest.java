package io.github.outturn.benchmark;

import io.github.outturn.testkit.ConformanceSuite;
import io.github.outturn.testkit.OutturnConformance;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Drives {@code rank-and-bands.csv} (in the test kit): every row worked by hand from docs/benchmarks.md. */
class RankAndBandsConformanceTest {

    @TestFactory
    Stream<DynamicTest> rankAndQuartile_conformToEveryRow() {
        return ConformanceSuite.rankAndBands(OutturnConformance.rankAndBands());
    }
}
