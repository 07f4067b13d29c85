/**
 * A multilayer perceptron and its loss (clause FMT-PROBLEM) written as a computational graph,
 * {@link dev.bprop.reference.graph.mlp.MlpGraph}: the second, independent way the reference differentiates an MLP,
 * which cross-checks BP1–BP4 of {@code dev.bprop.reference.mlp} (see the package documentation of
 * {@code dev.bprop.reference.graph} for what the two may share). It does not import that package.
 */
package dev.bprop.reference.graph.mlp;
