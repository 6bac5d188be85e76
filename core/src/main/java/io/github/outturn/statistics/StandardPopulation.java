package io.github.outturn.statistics;

import io.github.outturn.model.Indicator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A standard population: a weight for each age band, used to standardise rates directly. The 2013
 * European Standard Population in PHE's 19 bands (0-4, 5-9, ..., 85-89, 90+; 100,000 in all) is
 * shipped as data; others can be given.
 *
 * <pre>{@code
 * StandardPopulation esp = StandardPopulation.esp2013();
 * esp.size();              // 19
 * esp.weight(0);           // 5000.0 (ages 0-4)
 * StandardPopulation.of("custom", List.of("0-49", "50+"), new double[] {60_000, 40_000});
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StandardPopulation {

    private static final StandardPopulation ESP_2013 = load("ESP 2013", "esp2013.csv");

    private final String name;
    private final List<String> bands;
    private final double[] weights;

    private StandardPopulation(String name, List<String> bands, double[] weights) {
        this.name = name;
        this.bands = bands;
        this.weights = weights;
    }

    /** The 2013 European Standard Population in 19 five-year bands, the last 90+. */
    public static StandardPopulation esp2013() {
        return ESP_2013;
    }

    /** The name a dataset gives the 2013 European Standard Population: {@value}. */
    public static final String ESP_2013_NAME = "esp2013";

    /**
     * The standard population a dataset names, such as an indicator's {@code standardPopulation}:
     * {@code "esp2013"} is {@link #esp2013()}; any other name is unknown.
     *
     * <pre>{@code
     * StandardPopulation.named("esp2013");   // Optional[ESP 2013 (19 bands)]
     * }</pre>
     *
     * @param name the name
     * @return the standard population, or empty when the name is not known
     */
    public static Optional<StandardPopulation> named(String name) {
        return ESP_2013_NAME.equals(name) ? Optional.of(ESP_2013) : Optional.empty();
    }

    /**
     * The standard population an indicator is standardised to: the one its {@code standardPopulation}
     * names, the 2013 ESP when it names none.
     *
     * <pre>{@code
     * StandardPopulation.of(indicator);   // Optional[ESP 2013 (19 bands)] unless it names another
     * }</pre>
     *
     * @param indicator the indicator
     * @return the standard population, or empty when the indicator names one that is not known
     */
    public static Optional<StandardPopulation> of(Indicator indicator) {
        return named(indicator.standardPopulation().orElse(ESP_2013_NAME));
    }

    /**
     * A standard population.
     *
     * @param name its name, for reasons, not blank
     * @param bands the age band labels, one for each weight
     * @param weights the population of each band, each finite and at least 0, not all 0
     * @return the standard population
     * @throws IllegalArgumentException if the lengths differ, a weight is out of range or all are 0
     */
    public static StandardPopulation of(String name, List<String> bands, double[] weights) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("A standard population needs a name");
        }
        if (bands.size() != weights.length || weights.length == 0) {
            throw new IllegalArgumentException("Standard population " + name + " has " + bands.size()
                    + " band labels and " + weights.length + " weights: expected one weight for each band");
        }
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("Standard population " + name + ", band " + bands.get(i)
                        + ": weight " + weights[i] + " must be a finite number of at least 0");
            }
            total += weights[i];
        }
        if (total == 0) {
            throw new IllegalArgumentException("Standard population " + name + " has no weight in any band");
        }
        return new StandardPopulation(name, List.copyOf(bands), weights.clone());
    }

    private static StandardPopulation load(String name, String resource) {
        try (InputStream in = Objects.requireNonNull(StandardPopulation.class.getResourceAsStream(resource), resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> bands = new ArrayList<>();
            List<Double> weights = new ArrayList<>();
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int comma = line.indexOf(',');
                bands.add(line.substring(0, comma));
                weights.add(Double.parseDouble(line.substring(comma + 1)));
            }
            return of(
                    name,
                    bands,
                    weights.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name, such as {@code "ESP 2013"}. */
    public String name() {
        return name;
    }

    /** The age band labels, youngest first. */
    public List<String> bands() {
        return bands;
    }

    /** The number of bands. */
    public int size() {
        return weights.length;
    }

    /** The weight (standard population) of the band at this index. */
    public double weight(int band) {
        return weights[band];
    }

    /** The weights, a copy. */
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardPopulation s
                && name.equals(s.name)
                && bands.equals(s.bands)
                && Arrays.equals(weights, s.weights);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, bands, Arrays.hashCode(weights));
    }

    /** The name and number of bands, such as {@code "ESP 2013 (19 bands)"}. */
    @Override
    public String toString() {
        return name + " (" + weights.length + " bands)";
    }
}
