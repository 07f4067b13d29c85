package dev.bprop.reference.mlp;

/**
 * The activations that act on each unit alone, g(z)_j = g(z_j), with their derivatives g'. At a kink the
 * derivative is the right-hand one for z &gt; 0 and the left-hand one otherwise (clause ACT-KINK).
 *
 * <p>Every one is evaluated stably: saturated units give derivative 0, never NaN.
 */
enum ElementwiseActivation {
    /** ACT-IDENTITY: g(z) = z, g'(z) = 1. */
    IDENTITY {
        @Override
        double value(double z) {
            return z;
        }

        @Override
        double derivative(double z) {
            return 1;
        }
    },
    /**
     * ACT-SIGMOID: σ(z) = 1 / (1 + e^(−z)), σ'(z) = σ(z)·σ(−z). Written as σ(z)·σ(−z) rather than σ(z)(1 − σ(z))
     * because 1 − σ(z) cancels to 0 for z above about 37 while σ(−z) keeps its digits.
     */
    SIGMOID {
        @Override
        double value(double z) {
            return sigmoid(z);
        }

        @Override
        double derivative(double z) {
            return sigmoid(z) * sigmoid(-z);
        }
    },
    /**
     * ACT-TANH: g(z) = tanh z, g'(z) = 1 / cosh² z = 4t / (1 + t)² with t = e^(−2|z|). Written with cosh rather
     * than 1 − tanh² z for the same reason as the sigmoid; the form in t is cosh² z = (1 + t)² / (4t) multiplied
     * out, whose exponent is never positive and which adds only positive numbers, so every digit is kept, and which
     * costs one exponential instead of cosh's two. For |z| above about 372, t underflows to 0, giving the correct 0.
     */
    TANH {
        @Override
        double value(double z) {
            return Math.tanh(z);
        }

        @Override
        double derivative(double z) {
            double t = Math.exp(-2 * Math.abs(z));
            return 4 * t / ((1 + t) * (1 + t));
        }
    },
    /** ACT-HARDTANH: g(z) = max(−1, min(1, z)); g'(z) = 1 for −1 &lt; z &lt; 1, else 0, so hardtanh'(±1) = 0. */
    HARDTANH {
        @Override
        double value(double z) {
            return Math.max(-1, Math.min(1, z));
        }

        @Override
        double derivative(double z) {
            return -1 < z && z < 1 ? 1 : 0;
        }
    },
    /** ACT-RELU: g(z) = max(0, z); g'(z) = 1 for z &gt; 0, else 0, so relu'(0) = 0. */
    RELU {
        @Override
        double value(double z) {
            return z > 0 ? z : 0;
        }

        @Override
        double derivative(double z) {
            return z > 0 ? 1 : 0;
        }
    },
    /** ACT-LEAKY-RELU: g(z) = z for z &gt; 0, else 0.1·z; g'(z) = 1 for z &gt; 0, else 0.1, so leaky_relu'(0) = 0.1. */
    LEAKY_RELU {
        @Override
        double value(double z) {
            return z > 0 ? z : LEAKY_SLOPE * z;
        }

        @Override
        double derivative(double z) {
            return z > 0 ? 1 : LEAKY_SLOPE;
        }
    };

    /** The slope of leaky_relu for z ≤ 0 (ACT-LEAKY-RELU). */
    static final double LEAKY_SLOPE = 0.1;

    abstract double value(double z);

    abstract double derivative(double z);

    /**
     * σ(z) by the sign-split form: e^(−z) is only ever taken of a non-positive exponent, so it cannot overflow,
     * and for z ≪ 0 the result keeps its digits instead of rounding to 0 through 1 / (1 + ∞).
     */
    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double exp = Math.exp(z);
        return exp / (1 + exp);
    }
}
