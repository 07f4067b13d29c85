package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Algebra;
import dev.bprop.reference.graph.Inputs;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;

/**
 * Clause ACT-SOFTMAX, row-wise: S_ij = e^(Z_ij) / Σ_k e^(Z_ik), m×n → m×n. ∂/∂Z = S ⊙ (g − (g ⊙ S) · 1_n · 1ᵀ_n)
 * (m×n): each row of g less its S-weighted mean, times S.
 */
public final class Softmax implements Operation {
    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public int arity() {
        return 1;
    }

    @Override
    public Shape shape(List<Shape> inputs) {
        return inputs.get(0);
    }

    /** Shifts each row by its largest entry first, which changes nothing but keeps e^z from overflowing. */
    @Override
    public Matrix forward(List<Matrix> inputs) {
        double[][] rows = inputs.get(0).toArray();
        for (double[] row : rows) {
            double max = Double.NEGATIVE_INFINITY;
            for (double z : row) {
                max = Math.max(max, z);
            }
            double sum = 0;
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.exp(row[j] - max);
                sum += row[j];
            }
            for (int j = 0; j < row.length; j++) {
                row[j] /= sum;
            }
        }
        return Matrix.of(rows);
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        Algebra<T> on = inputs.on();
        T s = inputs.output();
        int n = on.shape(s).cols();
        T weightedMeans = on.matmul(on.mul(g, s), on.filled(new Shape(n, 1), 1));
        return on.mul(s, on.sub(g, on.matmul(weightedMeans, on.filled(new Shape(1, n), 1))));
    }
}
