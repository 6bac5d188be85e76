package org.example.council;

import io.github.outturn.testkit.ConformanceSuite;
import io.github.outturn.testkit.ConformanceSuite.Outcome;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The council's own percentage rounding ({@link SharePercentages}, written without Outturn) against
 * every row of Outturn's published {@code percentage-rounding.csv}.
 */
class ConformanceTest {

    private static final List<String> STATUSES = List.of("blue", "green", "amber", "red", "not-rated");

    @TestFactory
    Stream<DynamicTest> sharePercentages_conformToOutturnsTable() {
        return ConformanceSuite.percentageRounding(ConformanceTest::percentages);
    }

    /** A row's counts of the denominator statuses, in the table's status order, through our code. */
    private static Outcome percentages(Map<String, String> row) {
        List<String> denominator = List.of(row.get("denominator").split(";"));
        List<BigInteger[]> counts = new ArrayList<>();
        for (String status : STATUSES) {
            if (denominator.contains(status)) {
                counts.add(fraction(row.get(status.replace('-', '_'))));
            }
        }
        int decimals = Integer.parseInt(row.get("decimals"));
        List<String> shown = row.get("rounding").equals("largest-remainder")
                ? SharePercentages.largestRemainder(counts, decimals)
                : SharePercentages.halfUp(counts, decimals);
        return Outcome.of(String.join(";", shown));
    }

    private static BigInteger[] fraction(String cell) {
        if (cell.isEmpty()) {
            return new BigInteger[] {BigInteger.ZERO, BigInteger.ONE};
        }
        String[] parts = cell.split("/");
        return new BigInteger[] {
            new BigInteger(parts[0]), parts.length == 1 ? BigInteger.ONE : new BigInteger(parts[1])
        };
    }
}
