package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Algebra;
import dev.bprop.reference.graph.Inputs;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;

/**
 * Clause GBP-OPS, add_bias: A + 1_m b, the row vector b added to every row of A, m×n, 1×n → m×n. ∂/∂A = g (m×n),
 * ∂/∂b = 1ᵀ_m · g (1×n), the column sums of g.
 */
public final class AddBias implements Operation {
    @Override
    public String name() {
        return "add_bias";
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Shape shape(List<Shape> inputs) {
        Shape a = inputs.get(0);
        Shape b = inputs.get(1);
        if (b.rows() != 1 || b.cols() != a.cols()) {
            throw new IllegalArgumentException("add_bias of " + a + " and " + b + ": the bias must be 1×" + a.cols());
        }
        return a;
    }

    @Override
    public Matrix forward(List<Matrix> inputs) {
        Matrix a = inputs.get(0);
        return a.zip(Matrix.filled(new Shape(a.shape().rows(), 1), 1).times(inputs.get(1)), Double::sum);
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        Algebra<T> on = inputs.on();
        return k == 0 ? g : on.matmul(on.filled(new Shape(1, on.shape(g).rows()), 1), g);
    }
}
