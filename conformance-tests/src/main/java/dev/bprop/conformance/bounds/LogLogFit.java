package dev.bprop.conformance.bounds;

/**
 * The least-squares line through (ln x, ln y): y ≈ e^intercept · x^slope. The slope is the empirical order of growth
 * that the bounds clauses hold to a limit (clauses BOUND-WEIGHTS, -DEPTH, -BATCH, -MEMORY): 1 for O(x), 2 for O(x²).
 */
public record LogLogFit(double slope, double intercept) {
    /** The fit through the points (x[i], y[i]); needs at least two distinct x and positive values. */
    public static LogLogFit of(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) {
            throw new IllegalArgumentException("a fit needs at least two points, found " + x.length);
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += log(x[i]);
            meanY += log(y[i]);
        }
        meanX /= x.length;
        meanY /= x.length;
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = log(x[i]) - meanX;
            covariance += dx * (log(y[i]) - meanY);
            variance += dx * dx;
        }
        if (variance == 0) {
            throw new IllegalArgumentException("a fit needs at least two distinct x");
        }
        double slope = covariance / variance;
        return new LogLogFit(slope, meanY - slope * meanX);
    }

    /** The fitted y at x. */
    public double at(double x) {
        return Math.exp(intercept) * Math.pow(x, slope);
    }

    private static double log(double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("a log-log fit needs positive finite values, found " + value);
        }
        return Math.log(value);
    }
}
