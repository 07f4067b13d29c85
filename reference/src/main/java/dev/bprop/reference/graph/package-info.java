/**
 * General backpropagation on computational graphs (clauses GBP-*): the graph and its nodes
 * ({@link dev.bprop.reference.graph.ComputationalGraph}, {@link dev.bprop.reference.graph.Node}), their values
 * ({@link dev.bprop.reference.graph.Matrix}, {@link dev.bprop.reference.graph.Shape}), the leaves {@code input} and
 * {@code const}, what an operation must provide ({@link dev.bprop.reference.graph.Operation},
 * {@link dev.bprop.reference.graph.Inputs}), what gradients are computed in
 * ({@link dev.bprop.reference.graph.Algebra}), and the algorithm itself
 * ({@link dev.bprop.reference.graph.GeneralBackpropagation}).
 *
 * <p><b>Packages.</b> This package imports nothing else of the reference, and each package below imports only those
 * above it: {@code graph.op} the operations (GBP-OPS), {@code graph.algebra} numbers and symbols (GBP-S2S), then the
 * two adapters, {@code graph.file} for expression graph files (FMT-GRAPH) and {@code graph.mlp} for a multilayer
 * perceptron written as a graph. The algorithm does not know where its graph came from.
 *
 * <p><b>A second implementation, apart on purpose.</b> A multilayer perceptron is differentiated twice in the
 * reference: by BP1–BP4 in {@code dev.bprop.reference.mlp}, and by general backpropagation on its graph
 * ({@code graph.mlp.MlpGraph}). The tests compare the two on every spec vector, and the kit's strength profile runs
 * its suite against both; a comparison only finds a mistake the two do not share. So this side has its own
 * {@code Matrix} (one flat array of any checked shape, a value with {@code equals}; the other is rows of arrays
 * tuned for products), its own softmax and its own sigmoid, written as the GBP-OP clauses state them: σ(a) = 1 / (1 +
 * e^(−a)) with σ' = σ(1 − σ) from the value, where the MLP side uses the sign-split σ and σ' = σ(z)σ(−z). The two
 * sides may share the spec's types ({@code Problem}, {@code Activation}, {@code Loss}, {@code LayerIndex}, the result
 * types) and its conventions (ACT-KINK, the leaky slope 0.1), each restating them in its own code; they share no code
 * with each other.
 */
package dev.bprop.reference.graph;
