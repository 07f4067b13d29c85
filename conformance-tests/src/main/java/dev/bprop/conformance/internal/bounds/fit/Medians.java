package dev.bprop.conformance.internal.bounds.fit;

import java.util.Arrays;

/** Medians, the summary of repeats that a burst of load on a shared machine cannot move unless it hits most of them. */
public final class Medians {
    private Medians() {
    }

    /** The median of {@code values} (the mean of the middle two for an even count). */
    public static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("the median of no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** The median of every row. */
    public static double[] ofRows(double[][] rows) {
        return Arrays.stream(rows).mapToDouble(Medians::of).toArray();
    }
}
