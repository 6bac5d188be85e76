/**
 * The test kit: AssertJ assertions on Outturn's results, QuickTheories generators for its model,
 * sample datasets and the published conformance tables with a JUnit 5 runner.
 *
 * <pre>{@code
 * module my.council.tool.test {
 *     requires io.github.outturn.testkit;
 * }
 * }</pre>
 */
module io.github.outturn.testkit {
    requires transitive io.github.outturn.core;
    requires transitive org.assertj.core;
    requires transitive org.junit.jupiter.api;
    // An automatic module (its jar names no module): see the -Xlint switches in the parent pom.
    requires transitive quicktheories;
    requires static transitive org.immutables.value.annotations;
    requires static org.jspecify;

    exports io.github.outturn.testkit;
}
