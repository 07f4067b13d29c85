/**
 * Turning repeated measurements into a verdict: medians of repeats, the log–log slope that is an empirical order of
 * growth, the bootstrap interval over interleaved rounds (clause BOUND-MEASURE) and the verdict of that interval
 * against a limit (clause BOUND-VERDICT).
 */
package dev.bprop.conformance.internal.bounds.fit;
