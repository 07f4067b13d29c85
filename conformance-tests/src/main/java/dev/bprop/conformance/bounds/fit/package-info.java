/**
 * Turning repeated measurements into an estimate with a confidence interval: medians of repeats, the log–log
 * slope that is an empirical order of growth, and the bootstrap over interleaved rounds (clauses COST-TIME,
 * COST-MEMORY).
 */
package dev.bprop.conformance.bounds.fit;
