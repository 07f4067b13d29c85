package dev.bprop.oracle.objective;

import dev.bprop.oracle.arith.Arithmetic;
import dev.bprop.spec.mlp.Activation;
import java.util.ArrayList;
import java.util.List;

/** FWD-A: a^l = g^l(z^l), entry by entry except softmax, which maps the whole vector. */
final class Activations {
    private Activations() {
    }

    static <T> List<T> apply(Activation activation, List<T> z, Arithmetic<T> arithmetic) {
        if (activation == Activation.SOFTMAX) {
            return softmax(z, arithmetic);
        }
        List<T> a = new ArrayList<>(z.size());
        for (T zj : z) {
            a.add(elementwise(activation, zj, arithmetic));
        }
        return a;
    }

    /** ACT-IDENTITY, ACT-SIGMOID, ACT-TANH, ACT-HARDTANH, ACT-RELU, ACT-LEAKY-RELU, with ACT-KINK at kinks. */
    static <T> T elementwise(Activation activation, T z, Arithmetic<T> arithmetic) {
        return switch (activation) {
            case SIGMOID -> arithmetic.sigmoid(z);
            case TANH -> arithmetic.tanh(z);
            case HARDTANH -> arithmetic.hardtanh(z);
            case RELU -> arithmetic.relu(z);
            case LEAKY_RELU -> arithmetic.leakyRelu(z);
            default -> z;
        };
    }

    /**
     * ACT-SOFTMAX, stable: a_k = e^(z_k − M) / Σ_j e^(z_j − M), M = max_j z_j; n_L entries in and out.
     */
    static <T> List<T> softmax(List<T> z, Arithmetic<T> arithmetic) {
        T shift = Losses.largest(z, arithmetic);
        List<T> exponentials = new ArrayList<>(z.size());
        T sum = arithmetic.constant(0);
        for (T zk : z) {
            T ek = arithmetic.exp(arithmetic.subtract(zk, shift));
            exponentials.add(ek);
            sum = arithmetic.add(sum, ek);
        }
        List<T> a = new ArrayList<>(z.size());
        for (T ek : exponentials) {
            a.add(arithmetic.divide(ek, sum));
        }
        return a;
    }
}
