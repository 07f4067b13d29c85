package dev.bprop.reference.graph;

import dev.bprop.reference.graph.op.Add;
import dev.bprop.reference.graph.op.MatMul;
import dev.bprop.reference.graph.op.Mul;
import dev.bprop.reference.graph.op.Neg;
import dev.bprop.reference.graph.op.Sub;
import dev.bprop.reference.graph.op.Transpose;
import java.util.List;

/**
 * What gradients are computed in (clause GBP-S2S): {@link Numbers} (symbol-to-number: every term is a value) or
 * {@link Symbols} (symbol-to-symbol: every term is a new node of the graph, so the gradient can be differentiated
 * again). Each {@code bprop} is written once against this interface and serves both.
 */
public interface Algebra<T> {
    /** The term standing for {@code node}: its value, or the node itself. */
    T term(Node node);

    /** {@code operation} applied to {@code arguments}. */
    T apply(Operation operation, List<T> arguments);

    /** A constant. */
    T constant(Matrix value);

    Shape shape(T term);

    default T add(T a, T b) {
        return apply(new Add(), List.of(a, b));
    }

    default T sub(T a, T b) {
        return apply(new Sub(), List.of(a, b));
    }

    /** The element-wise product a ⊙ b. */
    default T mul(T a, T b) {
        return apply(new Mul(), List.of(a, b));
    }

    default T neg(T a) {
        return apply(new Neg(), List.of(a));
    }

    /** The matrix product a · b. */
    default T matmul(T a, T b) {
        return apply(new MatMul(), List.of(a, b));
    }

    default T transpose(T a) {
        return apply(new Transpose(), List.of(a));
    }

    /** The constant of {@code shape} with every entry {@code value} (1, 0, 1ᵀ …). */
    default T filled(Shape shape, double value) {
        return constant(Matrix.filled(shape, value));
    }

    /** 1 − a, element-wise. */
    default T oneMinus(T a) {
        return sub(filled(shape(a), 1), a);
    }

    /** The sum of {@code terms}, all of {@code shape}; the zero of {@code shape} when there are none. */
    default T sum(List<T> terms, Shape shape) {
        if (terms.isEmpty()) {
            return filled(shape, 0);
        }
        T sum = terms.get(0);
        for (T term : terms.subList(1, terms.size())) {
            sum = add(sum, term);
        }
        return sum;
    }
}
