/**
 * The operations of clause GBP-OPS: each computes its value from its inputs and writes its partial derivatives
 * (clause GBP-BPROP) once, against {@link dev.bprop.reference.graph.Algebra}, so that the same code gives numbers and
 * symbols. Imports {@code dev.bprop.reference.graph} and nothing else of the reference.
 */
package dev.bprop.reference.graph.op;
