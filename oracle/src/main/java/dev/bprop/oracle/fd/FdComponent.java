package dev.bprop.oracle.fd;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The finite-difference view of ∂f/∂θ_k.
 *
 * @param central the Richardson-extrapolated central difference with its error estimate; NaN with an infinite
 *        error when θ ± h₀ leaves the domain of f
 * @param atKink whether a pre-activation crossed or sat on a kink within the largest step (ACT-KINK), or the step
 *        left the domain of f (a pow base crossing 0): then the
 *        central difference is no evidence for or against a gradient, and {@code left}, {@code right} hold the
 *        one-sided slopes
 * @param left (f(θ) − f(θ − h e_k))/h extrapolated to h → 0, at a kink where θ − h is in the domain
 * @param right (f(θ + h e_k) − f(θ))/h extrapolated to h → 0, at a kink where θ + h is in the domain
 */
public record FdComponent(Slope central, boolean atKink, Optional<Slope> left, Optional<Slope> right) {
    /**
     * Whether {@code value} is one of the one-sided slopes within their error: at a kink the spec's convention
     * gives the left-hand or the right-hand slope (ACT-KINK), exactly when one kinked unit is involved.
     */
    public boolean matchesASide(double value, double tolerance) {
        return Stream.of(left, right).flatMap(Optional::stream)
                .anyMatch(side -> Math.abs(value - side.value()) <= side.error() + tolerance);
    }
}
