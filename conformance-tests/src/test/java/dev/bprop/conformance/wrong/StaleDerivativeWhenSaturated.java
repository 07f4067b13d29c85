package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.HashMap;
import java.util.Map;

/**
 * A shortcut for saturated units: where |z| > 100 the derivative is not recomputed but read from a per-unit cache
 * that holds the last one computed, an earlier example's.
 */
final class StaleDerivativeWhenSaturated extends Textbook {
    private final Map<Integer, double[]> cache = new HashMap<>();

    @Override
    public Result gradient(Problem problem) {
        cache.clear();
        return super.gradient(problem);
    }

    @Override
    double[] hiddenError(Problem problem, int l, double[] next, double[] z) {
        double[][] weights = problem.layer(l + 1).weights();
        double[] cached = cache.computeIfAbsent(l, layer -> new double[z.length]);
        double[] delta = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            if (Math.abs(z[j]) <= 100) {
                cached[j] = derivative(problem.layer(l).activation(), z[j]);
            }
            double sum = 0;
            for (int k = 0; k < next.length; k++) {
                sum += weights[k][j] * next[k];
            }
            delta[j] = sum * cached[j];
        }
        return delta;
    }
}
