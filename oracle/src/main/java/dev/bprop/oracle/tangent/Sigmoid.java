package dev.bprop.oracle.tangent;

/** ACT-SIGMOID in its stable form, the one the oracles' arithmetic uses: no e^|z| is ever formed. */
final class Sigmoid {
    private Sigmoid() {
    }

    /** σ(z) = 1/(1 + e^(−z)) for z ≥ 0, e^z/(1 + e^z) for z &lt; 0. */
    static double of(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double ez = Math.exp(z);
        return ez / (1 + ez);
    }
}
