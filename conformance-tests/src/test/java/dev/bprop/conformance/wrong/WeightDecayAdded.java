package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/** An L2 penalty of 5·10⁻⁴ folded into every weight gradient, as an optimiser's weight decay would be. */
final class WeightDecayAdded extends Textbook {
    private static final double DECAY = 5e-4;
    private Problem current;

    @Override
    public Result gradient(Problem problem) {
        current = problem;
        return super.gradient(problem);
    }

    @Override
    double[][] weightGradient(double[][] deltas, double[][][] a, int l) {
        double[][] gradient = super.weightGradient(deltas, a, l);
        double[][] weights = current.layer(l).weights();
        for (int j = 0; j < gradient.length; j++) {
            for (int i = 0; i < gradient[j].length; i++) {
                gradient[j][i] += DECAY * weights[j][i];
            }
        }
        return gradient;
    }
}
