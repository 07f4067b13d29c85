package dev.bprop.reference.graph.algebra;

import dev.bprop.reference.graph.Algebra;
import dev.bprop.reference.graph.op.Add;
import dev.bprop.reference.graph.op.MatMul;
import dev.bprop.reference.graph.op.Mul;
import dev.bprop.reference.graph.op.Neg;
import dev.bprop.reference.graph.op.Sub;
import dev.bprop.reference.graph.op.Transpose;
import java.util.List;

/**
 * The term operations of an {@link Algebra} done by the graph operations of the same names (clause GBP-OPS), so that
 * a gradient is computed by exactly the operations a graph is made of: as values for numbers, as new nodes for
 * symbols (clause GBP-S2S).
 */
public abstract class ByOperations<T> implements Algebra<T> {
    @Override
    public T add(T a, T b) {
        return apply(new Add(), List.of(a, b));
    }

    @Override
    public T sub(T a, T b) {
        return apply(new Sub(), List.of(a, b));
    }

    @Override
    public T mul(T a, T b) {
        return apply(new Mul(), List.of(a, b));
    }

    @Override
    public T neg(T a) {
        return apply(new Neg(), List.of(a));
    }

    @Override
    public T matmul(T a, T b) {
        return apply(new MatMul(), List.of(a, b));
    }

    @Override
    public T transpose(T a) {
        return apply(new Transpose(), List.of(a));
    }
}
