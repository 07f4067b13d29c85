package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Algebra;
import dev.bprop.reference.graph.Inputs;
import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;

/** Clause GBP-OPS, matmul: A · B, m×n, n×p → m×p. ∂/∂A = g · Bᵀ (m×n), ∂/∂B = Aᵀ · g (n×p). */
public final class MatMul implements Operation {
    @Override
    public String name() {
        return "matmul";
    }

    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Shape shape(List<Shape> inputs) {
        Shape a = inputs.get(0);
        Shape b = inputs.get(1);
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException("matmul of " + a + " and " + b + ": the columns of the first must"
                    + " match the rows of the second");
        }
        return new Shape(a.rows(), b.cols());
    }

    @Override
    public Matrix forward(List<Matrix> inputs) {
        return inputs.get(0).times(inputs.get(1));
    }

    @Override
    public <T> T partial(Inputs<T> inputs, int k, T g) {
        Algebra<T> on = inputs.on();
        return k == 0 ? on.matmul(g, on.transpose(inputs.get(1))) : on.matmul(on.transpose(inputs.get(0)), g);
    }
}
