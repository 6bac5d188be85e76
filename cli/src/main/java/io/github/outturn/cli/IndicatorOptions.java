package io.github.outturn.cli;

import io.github.outturn.model.Dataset;
import io.github.outturn.model.Indicator;
import java.io.IOException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code DATASET --indicator ID}: the dataset and the one indicator a benchmark, series, spc or trend
 * command shows, declared once for all four, with the reading and look-up they all start with.
 *
 * <pre>{@code
 * @Mixin
 * IndicatorOptions shown;   // outturn spc data/lait --indicator ks2-rwm
 * IndicatorOptions.Shown s = shown.read(input, spec);   // s.indicator() is ks2-rwm
 * }</pre>
 */
final class IndicatorOptions extends DatasetArgument {

    @Option(names = "--indicator", paramLabel = "ID", required = true, description = "The indicator.")
    String indicatorId;

    /**
     * The dataset as read and checked, what the command's other options are resolved against, and
     * the indicator asked for.
     *
     * @param dataset the dataset
     * @param select the selection over it
     * @param indicator the indicator
     */
    record Shown(Dataset dataset, Selection select, Indicator indicator) {}

    /**
     * Reads and checks the dataset with the command's input options and finds the indicator in it
     * (a usage error naming the dataset's indicators when it is not there).
     */
    Shown read(InputOptions input, CommandSpec spec) throws IOException, InvalidDatasetException {
        Dataset ds = input.readValid(dataset, spec.commandLine().getErr());
        Selection select = new Selection(ds, spec);
        return new Shown(ds, select, select.indicator(indicatorId));
    }
}
