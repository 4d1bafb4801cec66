package se.indikator.runtime.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The age bands of a life table read from a breakdown's labels: {@code "0"} (one year), {@code "1-4"},
 * {@code "85-89"} and an open last band {@code "90+"}, as {@code band(age, 0 to 90 step 5)} or a
 * {@code case} writes them. The bands must follow each other without gap or overlap and end in the open band.
 *
 * @param labels the labels, in the breakdown's order
 * @param starts the start age of each band
 */
public record AgeBands(List<String> labels, double[] starts) {
    private static final Pattern LABEL = Pattern.compile("\\s*(\\d+)\\s*(?:[-–]\\s*(\\d+)|(\\+))?\\s*");

    public AgeBands {
        labels = List.copyOf(labels);
        starts = starts.clone();
    }

    /** The bands, or why the labels are not the bands of a life table (a sentence for people). */
    public sealed interface Reading permits Read, Unsuitable {
    }

    /** The labels read as bands. */
    public record Read(AgeBands bands) implements Reading {
    }

    /** Why the labels cannot be the bands of a life table; {@code contiguity} when they are ages but do not fit together. */
    public record Unsuitable(String reason, boolean contiguity) implements Reading {
    }

    /** Reads the labels as contiguous age bands ending in an open band. */
    public static Reading read(List<String> labels) {
        if (labels.size() < 2) {
            return new Unsuitable("a life table needs at least two age bands, and the breakdown has " + labels.size(), false);
        }
        List<Double> starts = new ArrayList<>();
        int previousEnd = -1;
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            Matcher m = LABEL.matcher(label);
            if (!m.matches()) {
                return new Unsuitable("the category \"" + label + "\" is not an age band such as \"0\", \"1-4\" or \"90+\"", false);
            }
            int from = Integer.parseInt(m.group(1));
            boolean open = m.group(3) != null;
            int to = m.group(2) != null ? Integer.parseInt(m.group(2)) : from;
            if (to < from) {
                return new Unsuitable("the band \"" + label + "\" ends before it starts", true);
            }
            if (i > 0 && from != previousEnd + 1) {
                return new Unsuitable("the band \"" + label + "\" does not follow \"" + labels.get(i - 1) + "\": "
                        + (from > previousEnd + 1 ? "the ages " + (previousEnd + 1) + "–" + (from - 1) + " are in no band"
                                : "they overlap"), true);
            }
            if (open != (i == labels.size() - 1)) {
                return new Unsuitable(open ? "only the last band may be open, and \"" + label + "\" is not last"
                        : "the last band \"" + label + "\" must be open, e.g. \"" + from + "+\"", true);
            }
            starts.add((double) from);
            previousEnd = to;
        }
        return new Read(new AgeBands(labels, starts.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** The index of the band starting at {@code age}, or −1. */
    public int startingAt(double age) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] == age) {
                return i;
            }
        }
        return -1;
    }
}
