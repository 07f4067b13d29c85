package dev.bprop.conformance.bounds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.bounds.Interval;
import dev.bprop.conformance.bounds.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one-line summary a test report or failure message shows (clause BOUND-VERDICT: it prints the seed). */
class BoundReportTest {
    @Test
    void BOUND_VERDICT_theSummaryNamesTheTestTheEstimateTheIntervalTheLimitAndTheSeed() {
        BoundReport report = new BoundReport(Bound.WEIGHTS, Verdict.FAIL, 1, Optional.of(new Interval(0.9, 1.1)),
                1.25, List.of(), Optional.empty(), 5, 3, "");
        assertEquals("required_BOUND-WEIGHTS_time-exponent: exponent 1.000, CI [0.900, 1.100], limit 1.25, 5 rounds, "
                + "seed 3: FAIL", report.summary());
    }

    @Test
    void BOUND_VERDICT_aRatioWithoutIntervalSaysSoAndWhy() {
        BoundReport report = new BoundReport(Bound.RATIO, Verdict.INCONCLUSIVE, 3.25, Optional.empty(), 5, List.of(),
                Optional.empty(), 1, 42, "the budget ran out after 1 rounds; raise bprop.bounds.budget");
        assertEquals("required_BOUND-RATIO_gradient-over-forward: ratio 3.250, no interval, limit 5.00, 1 rounds, "
                + "seed 42: INCONCLUSIVE (the budget ran out after 1 rounds; raise bprop.bounds.budget)",
                report.summary());
    }

    @Test
    void BOUND_VERDICT_aSkippedClauseGivesItsReasonAndNothingMeasured() {
        BoundReport skipped = BoundReport.skipped(Bound.MEMORY_EXAMPLES, 1.25, 9, "no counter");
        assertEquals("required_BOUND-MEMORY_per-example-exponent: skipped: no counter", skipped.summary());
        assertEquals(Verdict.SKIPPED, skipped.verdict());
        assertTrue(Double.isNaN(skipped.estimate()));
        assertTrue(skipped.interval().isEmpty() && skipped.fit().isEmpty() && skipped.points().isEmpty());
        assertEquals(0, skipped.rounds());
        assertEquals(9, skipped.seed());
        assertEquals(1.25, skipped.limit());
    }

    @Test
    void BOUND_VERDICT_theReportKeepsItsOwnCopyOfThePoints() {
        List<BoundReport.Point> points = new ArrayList<>(List.of(new BoundReport.Point(1, 2)));
        BoundReport report = new BoundReport(Bound.DEPTH, Verdict.PASS, 1, Optional.empty(), 1.25, points,
                Optional.empty(), 5, 3, "");
        points.clear();
        assertEquals(List.of(new BoundReport.Point(1, 2)), report.points());
    }
}
