package dev.bprop.oracle.fd;

/**
 * A finite-difference estimate of one derivative and a bound on its error.
 *
 * @param value the estimate
 * @param error the estimated |value − exact|
 */
public record Slope(double value, double error) {
}
