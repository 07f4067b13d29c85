package dev.bprop.reference.mlp;

/**
 * The four fundamental equations of backpropagation, BP1–BP4, over a batch of m examples (clause BP-BATCH).
 *
 * <p>δ^l = ∂J/∂z^l is the error of layer l. Because J is the mean over the batch (clause LOSS-MEAN), ∇_{a^L} J
 * already carries the factor 1/m; BP3 and BP4 then <em>sum</em> over the examples, and the sums are the
 * gradients of the mean. Row e of Δ^l is (δ^l_e)^T; see the package documentation for the batch layout.
 */
final class FundamentalEquations {
    private FundamentalEquations() {
    }

    /**
     * BP1: δ^L = ∇_{a^L} J ⊙ (g^L)'(z^L), for any element-wise g^L and any loss; entry by entry,
     * δ^L_ek = (∂J/∂a^L_ek)·(g^L)'(z^L_ek).
     *
     * @param lossGradient ∇_{a^L} J, row e is (∂J/∂a^L_e)^T, m × n_L
     * @param activationDerivative (g^L)'(Z^L), m × n_L
     * @return Δ^L, m × n_L
     */
    static Matrix bp1OutputError(Matrix lossGradient, Matrix activationDerivative) {
        return lossGradient.hadamard(activationDerivative);
    }

    /**
     * BP1-JACOBIAN: softmax couples the units, so BP1's ⊙ becomes a product with its Jacobian
     * ∂a_k/∂z_j = a_k(1[j = k] − a_j): with g = ∇_{a^L} J, δ^L_j = a^L_j (g_j − Σ_k a^L_k g_k) for each example.
     *
     * @param outputs A^L = softmax(Z^L), m × n_L
     * @param lossGradient ∇_{a^L} J, m × n_L
     * @return Δ^L, m × n_L
     */
    static Matrix bp1SoftmaxJacobianOutputError(Matrix outputs, Matrix lossGradient) {
        return outputs.hadamard(lossGradient.minusFromEachRow(outputs.rowDots(lossGradient)));
    }

    /**
     * BP1-SOFTMAX-CE: for softmax with cross-entropy the Jacobian and ∇_{a^L} J = −y / (m a^L) cancel to
     * δ^L = ((Σ_k y_k) a^L − y) / m, which never divides by an a^L that underflowed to 0. The factor Σ_k y_k is 1
     * for a distribution, but the spec accepts rows that sum to 1 only within 1e−9 (LOSS-CE), and this is the
     * gradient of the loss those rows give.
     *
     * @param outputs A^L, m × n_L
     * @param targets Y, m × n_L
     * @return Δ^L, row e is ((Σ_k y_ek) a^L_e − y_e) / m, m × n_L
     */
    static Matrix bp1SoftmaxCrossEntropyOutputError(Matrix outputs, Matrix targets) {
        return outputs.timesEachRow(targets.rowSums()).minus(targets).times(1.0 / outputs.rows());
    }

    /**
     * BP1-SIGMOID-BCE: for sigmoid with binary cross-entropy, σ'(z) = a(1 − a) cancels the denominator of
     * ∂J/∂a = (a − y) / (m a (1 − a)), leaving δ^L = (a^L − y) / m, finite even where a^L saturated to 0 or 1.
     *
     * @param outputs A^L, m × n_L
     * @param targets Y, m × n_L
     * @return Δ^L = (A^L − Y) / m, m × n_L
     */
    static Matrix bp1SigmoidBinaryCrossEntropyOutputError(Matrix outputs, Matrix targets) {
        return Losses.residualOverBatch(outputs, targets);
    }

    /**
     * BP2: δ^l = ((W^(l+1))^T δ^(l+1)) ⊙ (g^l)'(z^l), for an element-wise g^l; entry by entry,
     * δ^l_j = (Σ_k w^(l+1)_kj δ^(l+1)_k)·(g^l)'(z^l_j). Row e of Δ^(l+1) W^(l+1) is ((W^(l+1))^T δ^(l+1)_e)^T.
     *
     * @param nextWeights W^(l+1), n_(l+1) × n_l
     * @param nextError Δ^(l+1), m × n_(l+1)
     * @param activationDerivative (g^l)'(Z^l), m × n_l
     * @return Δ^l, m × n_l
     */
    static Matrix bp2HiddenError(Matrix nextWeights, Matrix nextError, Matrix activationDerivative) {
        return bp2BackpropagatedError(nextWeights, nextError).hadamard(activationDerivative);
    }

    /**
     * BP2's first factor, the error carried back through the weights before the Hadamard product with (g^l)'(Z^l):
     * row e of Δ^(l+1) W^(l+1) is ((W^(l+1))^T δ^(l+1)_e)^T; entry by entry, Σ_k δ^(l+1)_ek w^(l+1)_kj.
     *
     * @param nextWeights W^(l+1), n_(l+1) × n_l
     * @param nextError Δ^(l+1), m × n_(l+1)
     * @return Δ^(l+1) W^(l+1), m × n_l
     */
    static Matrix bp2BackpropagatedError(Matrix nextWeights, Matrix nextError) {
        return nextError.times(nextWeights);
    }

    /**
     * BP3: ∂J/∂b^l = Σ_e δ^l_e; entry by entry, ∂J/∂b^l_j = Σ_e δ^l_ej.
     *
     * @param error Δ^l, m × n_l
     * @return ∂J/∂b^l, n_l
     */
    static double[] bp3BiasGradient(Matrix error) {
        return error.columnSums();
    }

    /**
     * BP4: ∂J/∂W^l = Σ_e δ^l_e (a^(l−1)_e)^T, a sum of outer products; entry by entry,
     * ∂J/∂w^l_ji = Σ_e δ^l_ej a^(l−1)_ei. The sum is (Δ^l)^T A^(l−1), formed in one pass without a copy per example.
     *
     * @param error Δ^l, m × n_l
     * @param previousActivations A^(l−1), m × n_(l−1)
     * @return ∂J/∂W^l, n_l × n_(l−1), the shape of W^l
     */
    static Matrix bp4WeightGradient(Matrix error, Matrix previousActivations) {
        return error.transposeTimes(previousActivations);
    }
}
