package io.github.outturn.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * {@code DATASET}: the dataset of any format a command reads, its first argument, declared once for
 * validate, assess, highlights and exceptions, and (through {@link IndicatorOptions}) benchmark,
 * series, spc and trend.
 *
 * <pre>{@code
 * @Mixin
 * DatasetArgument in;   // outturn assess data/lait: in.dataset is data/lait
 * }</pre>
 */
class DatasetArgument {

    @Parameters(index = "0", paramLabel = "DATASET", description = "A JSON file, a CSV folder or a LAIT folder.")
    Path dataset;
}
