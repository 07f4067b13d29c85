/**
 * Measuring on a shared, noisy machine: warm-up, samples calibrated to a fixed duration, workloads interleaved in
 * shuffled rounds, and a sequential loop that measures again while the verdict is inconclusive and the budget lasts
 * (clauses COST-TIME, COST-MEMORY).
 */
package dev.bprop.conformance.bounds.measure;
