package dev.bprop.benchmarks;

import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Problem;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The benchmark network (tanh, tanh, softmax with cross-entropy) and its gradient by EJML: the forward pass
 * with the loss, Δ³ = (A³ − Y)/m, Δ^l = Δ^(l+1) W^(l+1) ⊙ (1 − (A^l)²) for l = 2, 1, and the
 * weight and bias gradients (Δ^l)ᵀ A^(l−1) and the column sums of Δ^l.
 */
final class EjmlMlp {
    private final DMatrixRMaj[] weights = new DMatrixRMaj[4];
    private final DMatrixRMaj[] biases = new DMatrixRMaj[4];
    private final DMatrixRMaj[] activations = new DMatrixRMaj[4];
    private final DMatrixRMaj[] errors = new DMatrixRMaj[4];
    private final DMatrixRMaj[] weightGradients = new DMatrixRMaj[4];
    private final DMatrixRMaj[] biasGradients = new DMatrixRMaj[4];
    private DMatrixRMaj targets;

    void setUp(Problem problem) {
        activations[0] = new DMatrixRMaj(problem.inputs());
        targets = new DMatrixRMaj(problem.targets());
        for (int l = 1; l <= 3; l++) {
            Layer layer = problem.layer(l);
            weights[l] = new DMatrixRMaj(layer.weights());
            biases[l] = DMatrixRMaj.wrap(1, layer.bias().length, layer.bias());
            activations[l] = new DMatrixRMaj(Network.BATCH, weights[l].numRows);
            errors[l] = new DMatrixRMaj(Network.BATCH, weights[l].numRows);
            weightGradients[l] = new DMatrixRMaj(weights[l].numRows, weights[l].numCols);
            biasGradients[l] = new DMatrixRMaj(1, weights[l].numRows);
        }
    }

    /** The loss; the gradients are left for {@link #weightGradient} and {@link #biasGradient}. */
    double gradient() {
        double loss = 0;
        for (int l = 1; l <= 3; l++) {
            DMatrixRMaj z = activations[l];
            CommonOps_DDRM.multTransB(activations[l - 1], weights[l], z);
            for (int e = 0; e < z.numRows; e++) {
                for (int k = 0; k < z.numCols; k++) {
                    z.add(e, k, biases[l].get(k));
                }
            }
            if (l < 3) {
                for (int index = 0; index < z.getNumElements(); index++) {
                    z.set(index, Math.tanh(z.get(index)));
                }
            } else {
                loss = softmaxCrossEntropy(z);
            }
        }
        CommonOps_DDRM.subtract(activations[3], targets, errors[3]);
        CommonOps_DDRM.scale(1.0 / Network.BATCH, errors[3]);
        for (int l = 2; l >= 1; l--) {
            CommonOps_DDRM.mult(errors[l + 1], weights[l + 1], errors[l]);
            for (int index = 0; index < errors[l].getNumElements(); index++) {
                double a = activations[l].get(index);
                errors[l].times(index, 1 - a * a);
            }
        }
        for (int l = 1; l <= 3; l++) {
            CommonOps_DDRM.multTransA(errors[l], activations[l - 1], weightGradients[l]);
            CommonOps_DDRM.sumCols(errors[l], biasGradients[l]);
        }
        return loss;
    }

    /** Replaces each row z of the logits by softmax(z) and returns the mean cross-entropy with the targets. */
    private double softmaxCrossEntropy(DMatrixRMaj logits) {
        double loss = 0;
        for (int e = 0; e < logits.numRows; e++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < logits.numCols; k++) {
                max = Math.max(max, logits.get(e, k));
            }
            double sum = 0;
            for (int k = 0; k < logits.numCols; k++) {
                double exp = Math.exp(logits.get(e, k) - max);
                logits.set(e, k, exp);
                sum += exp;
            }
            for (int k = 0; k < logits.numCols; k++) {
                loss -= targets.get(e, k) * Math.log(logits.get(e, k) / sum);
                logits.set(e, k, logits.get(e, k) / sum);
            }
        }
        return loss / logits.numRows;
    }

    /** ∂J/∂W^l of the last {@link #gradient()} call. */
    DMatrixRMaj weightGradient(int l) {
        return weightGradients[l];
    }

    /** ∂J/∂b^l of the last {@link #gradient()} call, as one row. */
    DMatrixRMaj biasGradient(int l) {
        return biasGradients[l];
    }
}
