package dev.bprop.conformance.compare;

import dev.bprop.conformance.spi.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The one comparison every check of the suites makes: a tensor of expected values against the found ones, element
 * by element, under {@link Tolerances}. It is the seam to the oracle module's comparison model: switching to it
 * changes this class alone.
 */
public final class Comparisons {
    private Comparisons() {
    }

    /**
     * Compares {@code found} with {@code expected}, which have the same length; {@code places} names entry n.
     */
    public static List<ElementComparison> tensor(double[] expected, double[] found, IntFunction<Place> places,
            Precision precision) {
        double scale = 0;
        for (double value : expected) {
            scale = Double.isFinite(value) ? Math.max(scale, Math.abs(value)) : scale;
        }
        List<ElementComparison> comparisons = new ArrayList<>(expected.length);
        for (int n = 0; n < expected.length; n++) {
            comparisons.add(new ElementComparison(places.apply(n), expected[n], found[n],
                    Tolerances.allowed(precision, expected[n], scale), Tolerances.origin(precision)));
        }
        return comparisons;
    }
}
