package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/** BP4 with z^(l−1), the stored pre-activations, where the activations a^(l−1) belong. */
final class WeightGradientFromPreActivation extends Textbook {
    private Problem current;

    @Override
    public Result gradient(Problem problem) {
        current = problem;
        return super.gradient(problem);
    }

    @Override
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        if (l == 1) {
            return super.weightGradient(deltas, a, l);
        }
        double[][][] z = new double[a.length][][];
        z[l - 1] = new double[deltas.length][];
        for (int e = 0; e < deltas.length; e++) {
            z[l - 1][e] = preActivation(current.layer(l - 1).weights(), current.layer(l - 1).bias(), a[l - 2][e]);
        }
        return super.weightGradient(deltas, z, l);
    }
}
