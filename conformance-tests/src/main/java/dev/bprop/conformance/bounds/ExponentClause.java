package dev.bprop.conformance.bounds;

import dev.bprop.conformance.bounds.LogLogFit;
import dev.bprop.conformance.internal.bounds.measure.Budget;
import dev.bprop.conformance.internal.bounds.measure.Measurement;
import dev.bprop.conformance.internal.bounds.measure.Meter;
import dev.bprop.conformance.internal.bounds.measure.SequentialMeasurement;
import dev.bprop.conformance.internal.bounds.measure.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A clause that holds the log–log exponent of y against x to an upper limit: y is computed from the measurements
 * of the workloads (their medians, or the difference of two batch sizes), one y per x.
 */
final class ExponentClause {
    private final Bound bound;
    private final double[] x;
    private final Function<double[][], double[]> y;

    /**
     * @param x the position of every point
     * @param y the value of every point, from {@code samples[workload][round]}
     */
    ExponentClause(Bound bound, double[] x, Function<double[][], double[]> y) {
        this.bound = bound;
        this.x = x.clone();
        this.y = y;
    }

    BoundReport run(BoundsSettings settings, Meter meter, List<Workload> workloads, Budget budget) {
        double limit = settings.exponentLimit();
        Measurement measurement = new SequentialMeasurement(settings.sampling())
                .atMost(limit, samples -> LogLogFit.of(x, y.apply(samples)).slope(), meter, workloads, budget);
        List<BoundReport.Point> points = new ArrayList<>();
        Optional<LogLogFit> fit = Optional.empty();
        if (measurement.rounds() > 0) {
            double[] values = y.apply(measurement.samples());
            for (int i = 0; i < x.length; i++) {
                points.add(new BoundReport.Point(x[i], values[i]));
            }
            fit = Optional.of(LogLogFit.of(x, values));
        }
        return new BoundReport(bound, measurement.verdict(), measurement.estimate(), measurement.interval(), limit,
                points, fit, measurement.rounds(), settings.sampling().seed(), budgetNote(measurement));
    }

    /** Why an undecided clause stopped: the budget ran out, and how to give it more. */
    static String budgetNote(Measurement measurement) {
        return measurement.verdict().decided() ? ""
                : "the budget ran out after " + measurement.rounds() + " rounds; raise bprop.bounds.budget";
    }
}
