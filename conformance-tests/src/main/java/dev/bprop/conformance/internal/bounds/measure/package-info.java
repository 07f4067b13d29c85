/**
 * Measuring on a shared, noisy machine: warm-up, samples calibrated to a fixed duration, workloads interleaved in
 * shuffled rounds, and a sequential loop that measures again while the verdict is inconclusive and the budget lasts
 * (clauses BOUND-MEASURE, BOUND-VERDICT). What it reads, the clocks and the allocation counter, comes from
 * {@link dev.bprop.conformance.internal.bounds.measure.Instruments}, so that its tests run on a simulated machine.
 */
package dev.bprop.conformance.internal.bounds.measure;
