package dev.bprop.conformance.internal.bounds.measure;

import dev.bprop.spec.mlp.Problem;

/**
 * One arm of an experiment: a call on a problem, at the position {@code x} it takes on the plot (its number of
 * weights, its depth, its batch size).
 */
public record Workload(String label, double x, Problem problem, Call call) {
}
