package io.github.outturn.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code DATASET --indicator ID}: the dataset and the one indicator a benchmark, series, spc or trend
 * command shows, declared once for all four.
 *
 * <pre>{@code
 * @Mixin
 * IndicatorOptions shown;   // outturn spc data/lait --indicator ks2-rwm
 * }</pre>
 */
final class IndicatorOptions {

    @Parameters(index = "0", paramLabel = "DATASET", description = "A JSON file, a CSV folder or a LAIT folder.")
    Path dataset;

    @Option(names = "--indicator", paramLabel = "ID", required = true, description = "The indicator.")
    String indicatorId;
}
