package io.github.outturn.summary;

import io.github.outturn.testkit.ConformanceSuite;
import io.github.outturn.testkit.OutturnConformance;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Drives {@code percentage-rounding.csv} (in the test kit): every row worked by hand from docs/summaries.md. */
class PercentageRoundingConformanceTest {

    @TestFactory
    Stream<DynamicTest> displayedPercentages_conformToEveryRow() {
        return ConformanceSuite.percentageRounding(OutturnConformance.percentageRounding());
    }
}
