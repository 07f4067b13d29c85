package dev.bprop.conformance.internal.bounds.measure;

import dev.bprop.conformance.bounds.Interval;
import dev.bprop.conformance.bounds.Verdict;
import java.util.Optional;

/**
 * What a sequential measurement found: {@code samples[arm][round]}, the statistic on all rounds, its confidence
 * interval (absent when the budget ran out before two rounds) and the verdict against the limit.
 */
public record Measurement(double[][] samples, double estimate, Optional<Interval> interval, Verdict verdict,
        int rounds) {
}
