package io.github.outturn.cli;

import picocli.CommandLine.Option;

/**
 * {@code --area CODE}: the one area a spc or trend command charts, where {@link AreaOptions} lets a
 * command run over several.
 *
 * <pre>{@code
 * @Mixin
 * OneAreaOption area;   // select.area(area.area): the dataset's own area when not given
 * }</pre>
 */
final class OneAreaOption {

    @Option(
            names = "--area",
            paramLabel = "CODE",
            description = "The area, by code or name; default: the dataset's own area.")
    String area;
}
