package dev.bprop.conformance.compare;

import java.util.Locale;

/**
 * One compared number: where it is, what the reference expected, what the implementation found, the absolute and
 * relative error, the error in units in the last place of the expected value, and the tolerance it was held to
 * with where that tolerance comes from.
 */
public record ElementComparison(Place place, double expected, double found, double allowed, String toleranceOrigin) {

    public double absoluteError() {
        return Math.abs(found - expected);
    }

    /** |found − expected| / |expected|; infinite when only the expected value is 0. */
    public double relativeError() {
        return expected == 0 ? (found == 0 ? 0 : Double.POSITIVE_INFINITY) : absoluteError() / Math.abs(expected);
    }

    /** The error in units in the last place of the expected value. */
    public double ulps() {
        return absoluteError() / Math.ulp(expected);
    }

    /** Whether the found value is within the tolerance; NaN and infinities pass only when they equal the expected. */
    public boolean passed() {
        if (!Double.isFinite(found) || !Double.isFinite(expected)) {
            return Double.compare(found, expected) == 0;
        }
        return absoluteError() <= allowed;
    }

    /** One line: place, expected, found, errors and tolerance. */
    public String describe() {
        return String.format(Locale.ROOT, "%s (%s): expected %s, found %s (abs err %.3g, rel err %.3g, %.3g ulps; "
                        + "allowed %.3g by %s)", place.label(), place.path(), expected, found, absoluteError(),
                relativeError(), ulps(), allowed, toleranceOrigin);
    }
}
