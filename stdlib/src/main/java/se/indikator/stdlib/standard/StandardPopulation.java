package se.indikator.stdlib.standard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A standard population: a name and an ordered list of weighted bands, used as the weights of
 * direct standardisation. Example: {@code StandardPopulations.byName("esp2013")} has 19 bands from
 * "0-4" (5000) to "90+" (1000), summing to 100 000. Build your own with {@link #of(String, List)}.
 *
 * @param name  a short identifier, e.g. "esp2013"
 * @param bands the bands in order
 */
public record StandardPopulation(String name, List<StandardBand> bands) {

    /** Copies the bands and rejects an empty list or repeated labels. */
    public StandardPopulation {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a standard population needs at least one band");
        }
        for (int i = 0; i < bands.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (bands.get(j).matchesLabel(bands.get(i).label())) {
                    throw new IllegalArgumentException("band " + bands.get(i).label() + " appears twice in " + name);
                }
            }
        }
    }

    /** A user standard from (label, weight) pairs in order, e.g. {@code List.of(Map.entry("0-64", 80.0), ...)}. */
    public static StandardPopulation of(String name, List<Map.Entry<String, Double>> labelledWeights) {
        List<StandardBand> out = new ArrayList<>(labelledWeights.size());
        for (Map.Entry<String, Double> e : labelledWeights) {
            out.add(StandardBand.of(e.getKey(), e.getValue()));
        }
        return new StandardPopulation(name, out);
    }

    /** A standard from parallel arrays of labels and weights. */
    public static StandardPopulation of(String name, String[] labels, double[] weights) {
        if (labels.length != weights.length) {
            throw new IllegalArgumentException("labels and weights differ in length");
        }
        List<StandardBand> out = new ArrayList<>(labels.length);
        for (int i = 0; i < labels.length; i++) {
            out.add(StandardBand.of(labels[i], weights[i]));
        }
        return new StandardPopulation(name, out);
    }

    /** The number of bands. */
    public int size() {
        return bands.size();
    }

    /** The weights in band order. */
    public double[] weights() {
        return bands.stream().mapToDouble(StandardBand::weight).toArray();
    }

    /** The labels in band order. */
    public List<String> labels() {
        return bands.stream().map(StandardBand::label).toList();
    }

    /** The sum of the weights. */
    public double total() {
        double sum = 0;
        for (StandardBand b : bands) {
            sum += b.weight();
        }
        return sum;
    }

    /** The position of the band matching {@code label} (see {@link StandardBand#matchesLabel}). */
    public int indexOfLabel(String label) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).matchesLabel(label)) {
                return i;
            }
        }
        throw new NoSuchElementException("no band " + label + " in " + name + "; bands are " + labels());
    }

    /** The band matching {@code label}. */
    public StandardBand bandForLabel(String label) {
        return bands.get(indexOfLabel(label));
    }

    /** The band containing {@code age} in years, e.g. 87.5 → "85-89" in ESP2013. */
    public StandardBand bandForAge(double age) {
        for (StandardBand b : bands) {
            if (b.containsAge(age)) {
                return b;
            }
        }
        throw new NoSuchElementException("no band of " + name + " contains age " + age);
    }

    /** The weights re-ordered to match {@code labels}, e.g. the age-band column of a data set. */
    public double[] weightsFor(List<String> labels) {
        double[] out = new double[labels.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bandForLabel(labels.get(i)).weight();
        }
        return out;
    }
}
