package dev.bprop.conformance.bounds;

import dev.bprop.conformance.internal.bounds.fit.Medians;
import dev.bprop.conformance.internal.bounds.measure.Budget;
import dev.bprop.conformance.internal.bounds.measure.Measurement;
import dev.bprop.conformance.internal.bounds.measure.SequentialMeasurement;
import dev.bprop.conformance.internal.bounds.measure.TimeMeter;
import dev.bprop.conformance.internal.bounds.measure.Workload;
import java.util.List;
import java.util.Optional;

/**
 * BOUND-RATIO (the cheap-gradient principle of COST-TIME): the median gradient time over the median forward
 * time of the same network, both measured in every round, is at most the ratio limit.
 */
final class RatioClause {
    private RatioClause() {
    }

    /** Workload 0 is the gradient, workload 1 the forward pass, on the same problem. */
    static BoundReport run(BoundsSettings settings, TimeMeter meter, Workload gradient, Workload forward,
            Budget budget) {
        double limit = settings.ratioLimit();
        Measurement measurement = new SequentialMeasurement(settings.sampling()).atMost(limit,
                samples -> Medians.of(samples[0]) / Medians.of(samples[1]),
                meter, List.of(gradient, forward), budget);
        List<BoundReport.Point> points = measurement.rounds() == 0 ? List.of()
                : List.of(new BoundReport.Point(gradient.x(), Medians.of(measurement.samples()[0])),
                        new BoundReport.Point(forward.x(), Medians.of(measurement.samples()[1])));
        return new BoundReport(Bound.RATIO, measurement.verdict(), measurement.estimate(), measurement.interval(),
                limit, points, Optional.empty(), measurement.rounds(), settings.sampling().seed(),
                ExponentClause.budgetNote(measurement));
    }
}
