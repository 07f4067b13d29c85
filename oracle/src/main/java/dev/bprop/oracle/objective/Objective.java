package dev.bprop.oracle.objective;

import dev.bprop.oracle.arith.Arithmetic;
import java.util.List;

/**
 * A scalar function f(θ) of w parameters whose gradient ∇f (w entries) the oracles compute: the loss J of a
 * problem as a function of its weights and biases (clause LOSS-MEAN), or the output of an expression graph as a
 * function of its input nodes (clause GBP-SUBGRAPH). Written once, evaluated in any {@link Arithmetic}.
 */
public interface Objective {
    /** w, the number of parameters. */
    int dimension();

    /** θ_k, the value of parameter k at the point the gradient is taken. */
    double parameter(int k);

    /** Where ∂f/∂θ_k goes in a result. */
    Place place(int k);

    /**
     * f(θ) evaluated in {@code arithmetic}.
     *
     * @param theta the w parameters, in the numbers of {@code arithmetic}
     * @throws dev.bprop.oracle.objective.NotFiniteException if a value or derivative leaves the finite doubles
     *         (clause E-EVAL), naming the layer, the loss or the graph node
     */
    <T> T evaluate(List<T> theta, Arithmetic<T> arithmetic);

    /**
     * f(θ) and the values a result reports beside it, in one evaluation: a problem's outputs a^L; by default none.
     *
     * @throws dev.bprop.oracle.objective.NotFiniteException as {@link #evaluate}
     */
    default <T> Evaluation<T> evaluation(List<T> theta, Arithmetic<T> arithmetic) {
        return new Evaluation<>(evaluate(theta, arithmetic), List.of());
    }

    /** The point θ as doubles. */
    default double[] point() {
        double[] theta = new double[dimension()];
        for (int k = 0; k < theta.length; k++) {
            theta[k] = parameter(k);
        }
        return theta;
    }
}
