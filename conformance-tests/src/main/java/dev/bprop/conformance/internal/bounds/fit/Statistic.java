package dev.bprop.conformance.internal.bounds.fit;

/**
 * A number computed from measurements: {@code samples[arm][round]} holds what round {@code round} measured for arm
 * {@code arm} (a network size, or the gradient and the forward pass of one network). The bootstrap recomputes it
 * on resampled rounds.
 */
@FunctionalInterface
public interface Statistic {
    double of(double[][] samples);
}
