package dev.bprop.reference.graph.op;

import dev.bprop.reference.graph.Matrix;
import dev.bprop.reference.graph.Operation;
import dev.bprop.reference.graph.Shape;
import java.util.List;

/** A function of two numbers applied to corresponding entries of two matrices: m×n, m×n → m×n. */
abstract class ElementWiseBinary implements Operation {
    @Override
    public int arity() {
        return 2;
    }

    @Override
    public Shape shape(List<Shape> inputs) {
        if (!inputs.get(0).equals(inputs.get(1))) {
            throw new IllegalArgumentException(name() + " takes two matrices of one shape, found " + inputs.get(0)
                    + " and " + inputs.get(1));
        }
        return inputs.get(0);
    }

    @Override
    public Matrix forward(List<Matrix> inputs) {
        return inputs.get(0).zip(inputs.get(1), this::value);
    }

    /** The function on one pair of entries. */
    abstract double value(double a, double b);
}
