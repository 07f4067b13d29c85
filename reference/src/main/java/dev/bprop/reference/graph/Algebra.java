package dev.bprop.reference.graph;

import java.util.List;

/**
 * What gradients are computed in (clause GBP-S2S): symbol-to-number, where every term is a value, or
 * symbol-to-symbol, where every term is a new node of the graph, so that the gradient can be differentiated
 * again ({@code Numbers} and {@code Symbols} in {@code dev.bprop.reference.graph.algebra}). Each {@code bprop} is
 * written once against this interface and serves both.
 *
 * <p>The terms are matrices or nodes, and the six term operations below are the graph operations of the same
 * names (clause GBP-OPS); this interface only names them, so that it does not depend on the classes that use it.
 * The oracle's {@code Arithmetic} is the same idea one level down, and independent of this one (the oracle never
 * depends on the reference): a formula written once over scalar numbers and evaluated as doubles, derivative
 * structures or exact fractions. Here the unit is a matrix-valued term, and the two readings are numbers and
 * symbols.
 */
public interface Algebra<T> {
    /** The term standing for {@code node}: its value, or the node itself. */
    T term(Node node);

    /** {@code operation} applied to {@code arguments}. */
    T apply(Operation operation, List<T> arguments);

    /** A constant. */
    T constant(Matrix value);

    Shape shape(T term);

    /** a + b (clause GBP-OP-ADD). */
    T add(T a, T b);

    /** a − b (clause GBP-OP-SUB). */
    T sub(T a, T b);

    /** The element-wise product a ⊙ b (clause GBP-OP-MUL). */
    T mul(T a, T b);

    /** −a (clause GBP-OP-NEG). */
    T neg(T a);

    /** The matrix product a · b (clause GBP-OPS, matmul). */
    T matmul(T a, T b);

    /** aᵀ (clause GBP-OPS, transpose). */
    T transpose(T a);

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
