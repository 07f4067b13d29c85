package dev.bprop.conformance.diagnose;

import dev.bprop.oracle.compare.ElementComparison;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The factor r with found = r × expected for every element, if there is one and at least two elements show it: the signature of a bug that scales the
 * whole gradient (a batch sum for a mean, a missing ½, a flipped sign). Elements whose expected value is 0 must be
 * found 0; the others must share r to six digits.
 */
final class CommonRatio {
    private static final double AGREEMENT = 1e-6;

    private CommonRatio() {
    }

    static OptionalDouble of(List<ElementComparison> elements) {
        double ratio = Double.NaN;
        int nonZero = 0;
        double scale = elements.stream().mapToDouble(e -> Math.abs(e.expected())).max().orElse(0);
        for (ElementComparison element : elements) {
            double expected = element.expected();
            double found = element.found();
            if (!Double.isFinite(found)) {
                return OptionalDouble.empty();
            }
            if (Math.abs(expected) <= AGREEMENT * scale) {
                if (Math.abs(found) > 1e-3 * scale) {
                    return OptionalDouble.empty();
                }
                continue;
            }
            nonZero++;
            double r = found / expected;
            if (Double.isNaN(ratio)) {
                ratio = r;
            } else if (Math.abs(r - ratio) > AGREEMENT * Math.abs(ratio)) {
                return OptionalDouble.empty();
            }
        }
        return nonZero < 2 ? OptionalDouble.empty() : OptionalDouble.of(ratio);
    }

    /** Whether {@code ratio} is {@code value} to six digits. */
    static boolean is(double ratio, double value) {
        return Math.abs(ratio - value) <= AGREEMENT * Math.abs(value);
    }
}
