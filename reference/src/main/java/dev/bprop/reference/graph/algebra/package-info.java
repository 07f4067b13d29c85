/**
 * What general backpropagation computes in (clause GBP-S2S): {@link dev.bprop.reference.graph.algebra.Numbers},
 * symbol-to-number, where every term is the value of a node in one evaluation, and
 * {@link dev.bprop.reference.graph.algebra.Symbols}, symbol-to-symbol, where every term is a new node of the graph.
 * Both do their arithmetic by the graph's own operations ({@code ByOperations}).
 *
 * <p>Imports {@code dev.bprop.reference.graph} and its operations; nothing there imports this package.
 */
package dev.bprop.reference.graph.algebra;
