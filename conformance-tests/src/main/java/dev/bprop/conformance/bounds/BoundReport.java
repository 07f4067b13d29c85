package dev.bprop.conformance.bounds;

import dev.bprop.conformance.bounds.Interval;
import dev.bprop.conformance.bounds.LogLogFit;
import dev.bprop.conformance.bounds.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one bounds clause found: the verdict, the estimate (an exponent or a ratio) with its confidence interval,
 * the limit, the medians it was computed from and, for the exponents, the fitted line; or why it was skipped.
 *
 * @param points (x, median) per workload: for the ratio, the gradient and then the forward pass
 * @param seed the seed of the networks, the round order and the bootstrap
 */
public record BoundReport(Bound bound, Verdict verdict, double estimate, Optional<Interval> interval, double limit,
        List<Point> points, Optional<LogLogFit> fit, int rounds, long seed, String reason) {
    public BoundReport {
        points = List.copyOf(points);
    }

    /** One plotted point: a workload's position and the median of its measurements. */
    public record Point(double x, double y) {
    }

    /** A clause that was not measured, and why. */
    public static BoundReport skipped(Bound bound, double limit, long seed, String reason) {
        return new BoundReport(bound, Verdict.SKIPPED, Double.NaN, Optional.empty(), limit, List.of(),
                Optional.empty(), 0, seed, reason);
    }

    /** One line for a test report or a failure message: the estimate, the interval, the limit and the verdict. */
    public String summary() {
        if (verdict == Verdict.SKIPPED) {
            return bound.testName() + ": skipped: " + reason;
        }
        String what = bound.isExponent() ? "exponent" : "ratio";
        String ci = interval.map(i -> ", CI " + i).orElse(", no interval");
        return String.format(Locale.ROOT, "%s: %s %.3f%s, limit %.2f, %d rounds, seed %d: %s%s", bound.testName(),
                what, estimate, ci, limit, rounds, seed, verdict, reason.isEmpty() ? "" : " (" + reason + ")");
    }
}
