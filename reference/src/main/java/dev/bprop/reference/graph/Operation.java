package dev.bprop.reference.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * An operation of a computational graph (clauses GBP-OPS, GBP-BPROP): it computes its value from its inputs and
 * knows its own derivative, so that backpropagation needs nothing else about it.
 */
public interface Operation {
    /** The operation's name, as graph files spell it where they have it. */
    String name();

    /** The number of inputs. */
    int arity();

    /** The shape of the value for inputs of these shapes; throws {@link IllegalArgumentException} if they do not fit. */
    Shape shape(List<Shape> inputs);

    /** The value, from the values of the inputs. */
    Matrix forward(List<Matrix> inputs);

    /**
     * The contribution of input {@code k} to the gradient: (∂ output / ∂ input k)ᵀ applied to {@code g}, the gradient
     * of the output, in the shape of input k. Written once for numbers and symbols alike through
     * {@code inputs.on()}.
     */
    <T> T partial(Inputs<T> inputs, int k, T g);

    /**
     * Clause GBP-BPROP, the slides' {@code op.bprop(inputs, X, G)}: the gradient with respect to the input
     * {@code x}, given the gradient {@code g} of the operation's output. An input that appears in several places
     * (x·x) gets the sum of the contributions of every place.
     */
    default <T> T bprop(Inputs<T> inputs, Node x, T g) {
        List<T> places = new ArrayList<>();
        for (int k = 0; k < arity(); k++) {
            if (inputs.node(k) == x) {
                places.add(partial(inputs, k, g));
            }
        }
        return inputs.on().sum(places, x.shape());
    }
}
