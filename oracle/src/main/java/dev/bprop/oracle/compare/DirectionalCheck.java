package dev.bprop.oracle.compare;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.Objective;
import dev.bprop.oracle.objective.Place;

/**
 * CMP-DIRECTIONAL: a gradient g of a large network checked along one random direction, the way PyTorch's fast
 * gradcheck scales: gᵀv by forward-mode AD (one pass, O(w·m)) against Σ_k g_k v_k of the gradient under test,
 * summed without loss (v_k = ±1 makes every product exact, and Neumaier's compensated sum keeps the error of the
 * sum near u·|gᵀv|), so that the only allowance is twice the rounding bound Σ_k |v_k| b_k of the gradient itself.
 */
public final class DirectionalCheck {
    private DirectionalCheck() {
    }

    /**
     * @param gradient the gradient under test, in the order of θ
     * @param method who computed it
     * @param seed the seed of the Rademacher direction v
     */
    public static ElementComparison of(Objective objective, double[] gradient, String method, long seed) {
        double[] direction = ForwardMode.randomDirection(objective.dimension(), seed);
        double expected = ForwardMode.directionalDerivative(objective, direction);
        double found = compensatedDot(gradient, direction);
        double tolerance = 2 * RoundingBound.of(objective).along(direction) + Math.ulp(found);
        Verdict verdict = Comparison.verdict(expected, found, tolerance, false);
        return new ElementComparison(new Place("gᵀv", "CMP-DIRECTIONAL", 0, "direction", "seed " + seed), expected,
                found, 0, tolerance, "2·Σ|v_k|·b_k (" + method + " and DerivativeStructure in float64) + ulp", verdict);
    }

    /** Σ_k g_k v_k by Neumaier's compensated summation: each rounding error of the running sum is kept and added. */
    static double compensatedDot(double[] g, double[] v) {
        double sum = 0;
        double compensation = 0;
        for (int k = 0; k < g.length; k++) {
            double term = g[k] * v[k];
            double next = sum + term;
            compensation += Math.abs(sum) >= Math.abs(term) ? (sum - next) + term : (term - next) + sum;
            sum = next;
        }
        return sum + compensation;
    }
}
