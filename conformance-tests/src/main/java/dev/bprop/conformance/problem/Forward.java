package dev.bprop.conformance.problem;

import dev.bprop.oracle.arith.Arithmetic;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The forward pass (clauses FWD-Z, FWD-A) written once against the oracle's {@link Arithmetic}: in doubles it gives
 * the generators and the shrinker their pre-activations ({@link PreActivations}); on the oracle's running-error tape
 * it gives the magnitude of every output, from which its tolerance is derived (CMP-TOLERANCE). It is computed here
 * rather than by the reference on purpose: the problems the suites pose and the tolerances they allow must not
 * depend on the code they may be testing (the reference itself, under mutation testing).
 *
 * @param z z^l_ej as {@code z.get(l).get(e).get(j)} for l = 1..L (entry 0 is empty)
 * @param a a^l_ej likewise for l = 0..L, a^0 being the inputs
 */
public record Forward<T>(List<List<List<T>>> z, List<List<List<T>>> a) {
    public static <T> Forward<T> of(Problem problem, Arithmetic<T> arithmetic) {
        List<List<List<T>>> z = new ArrayList<>(List.of(List.of()));
        List<List<List<T>>> a = new ArrayList<>();
        List<List<T>> inputs = new ArrayList<>();
        for (double[] row : problem.inputs()) {
            inputs.add(constants(row, arithmetic));
        }
        a.add(inputs);
        for (int l = 1; l <= problem.depth(); l++) {
            List<T> bias = constants(problem.layer(l).bias(), arithmetic);
            List<List<T>> weights = new ArrayList<>();
            for (double[] row : problem.layer(l).weights()) {
                weights.add(constants(row, arithmetic));
            }
            List<List<T>> zl = new ArrayList<>();
            List<List<T>> al = new ArrayList<>();
            for (List<T> below : a.get(l - 1)) {
                List<T> ze = preActivation(weights, bias, below, arithmetic);
                zl.add(ze);
                al.add(activate(problem.layer(l).activation(), ze, arithmetic));
            }
            z.add(zl);
            a.add(al);
        }
        return new Forward<>(z, a);
    }

    /** FWD-Z: z_j = b_j + Σ_i w_ji a_i. */
    private static <T> List<T> preActivation(List<List<T>> weights, List<T> bias, List<T> below,
            Arithmetic<T> arithmetic) {
        List<T> z = new ArrayList<>(bias.size());
        for (int j = 0; j < bias.size(); j++) {
            T sum = bias.get(j);
            for (int i = 0; i < below.size(); i++) {
                sum = arithmetic.add(sum, arithmetic.multiply(weights.get(j).get(i), below.get(i)));
            }
            z.add(sum);
        }
        return z;
    }

    /** FWD-A with the ACT-* formulas; softmax shifted by its largest entry (ACT-SOFTMAX). */
    private static <T> List<T> activate(Activation activation, List<T> z, Arithmetic<T> arithmetic) {
        if (activation == Activation.SOFTMAX) {
            T max = z.stream().reduce(arithmetic::max).orElseThrow();
            List<T> exponentials = z.stream().map(zk -> arithmetic.exp(arithmetic.subtract(zk, max))).toList();
            T sum = exponentials.stream().reduce(arithmetic::add).orElseThrow();
            return exponentials.stream().map(ek -> arithmetic.divide(ek, sum)).toList();
        }
        return z.stream().map(zj -> switch (activation) {
            case SIGMOID -> arithmetic.sigmoid(zj);
            case TANH -> arithmetic.tanh(zj);
            case HARDTANH -> arithmetic.hardtanh(zj);
            case RELU -> arithmetic.relu(zj);
            case LEAKY_RELU -> arithmetic.leakyRelu(zj);
            case IDENTITY, SOFTMAX -> zj;
        }).toList();
    }

    private static <T> List<T> constants(double[] row, Arithmetic<T> arithmetic) {
        List<T> values = new ArrayList<>(row.length);
        for (double value : row) {
            values.add(arithmetic.constant(value));
        }
        return values;
    }
}
