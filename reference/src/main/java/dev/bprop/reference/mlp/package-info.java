/**
 * The reference multilayer perceptron: the forward pass (clauses FWD-Z, FWD-A, FWD-STORE), the losses (LOSS-*),
 * and backpropagation by the four fundamental equations BP1–BP4 over a whole batch (BP-BATCH).
 *
 * <p><b>Layer numbers (clause NOT-INDEX).</b> Every per-layer array in this package has length L + 1 and is indexed
 * by the spec's l itself, so that no index is shifted here: slot l holds layer l for l = 1..L, and slot 0 belongs to
 * the input layer 0, which has an activation a^0 = x but no weights, pre-activation, error or gradient (those slots
 * stay empty); {@code ForwardPass.slot} checks l once for the package. Layers are read from the problem by number
 * ({@link dev.bprop.spec.mlp.Problem#layer}), and the result's list is filled in the order l = 1..L; the shift to the
 * files' index l − 1 is {@link dev.bprop.spec.mlp.LayerIndex}'s alone.
 *
 * <p><b>Batches (clauses NOT-SHAPES, BP-BATCH).</b> The spec writes z^l, a^l and δ^l as column vectors of one
 * example. Here a batch of m examples is a {@link dev.bprop.reference.mlp.Matrix} with one example a row: row e
 * of Z^l is (z^l_e)^T, so Z^l, A^l and Δ^l are m × n_l. Every equation is therefore stated twice in the Javadoc:
 * as the spec writes it for one example, and as the batched matrix product that computes it for all rows.
 *
 * <p><b>Apart from the graph path.</b> General backpropagation on the same network
 * ({@code dev.bprop.reference.graph.mlp.MlpGraph}) is a second implementation that cross-checks this one, so the two
 * share no code: this package has its own {@code Matrix} (rows of arrays, the blocked products of
 * {@code ProductKernel}), softmax and activations, and shares only the spec's types and
 * conventions with the graph side (the package documentation of {@code dev.bprop.reference.graph} says which).
 */
package dev.bprop.reference.mlp;
