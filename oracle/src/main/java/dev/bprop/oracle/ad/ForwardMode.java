package dev.bprop.oracle.ad;

import dev.bprop.oracle.objective.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * Forward-mode AD of an {@link Objective} with {@link DerivativeStructure}s.
 *
 * <p>The cost of one structure grows with C(parameters + order, order), so the full gradient is taken one free
 * parameter at a time: w passes of O(w·m) each, O(w²·m) in all — fine up to about 10³ parameters. For larger
 * networks {@link #directionalDerivative} gives gᵀv in a single O(w·m) pass (one free parameter t, θ + t·v), the
 * way PyTorch's fast gradcheck scales.
 */
public final class ForwardMode {
    private ForwardMode() {
    }

    /** ∇f, w entries: pass k frees θ_k alone and reads ∂f/∂θ_k. */
    public static double[] gradient(Objective objective) {
        DerivativeArithmetic arithmetic = new DerivativeArithmetic(1, 1);
        List<DerivativeStructure> theta = new ArrayList<>(objective.dimension());
        for (int k = 0; k < objective.dimension(); k++) {
            theta.add(arithmetic.constant(objective.parameter(k)));
        }
        double[] gradient = new double[objective.dimension()];
        for (int k = 0; k < gradient.length; k++) {
            DerivativeStructure fixed = theta.get(k);
            theta.set(k, arithmetic.variable(0, fixed.getValue()));
            gradient[k] = objective.evaluate(theta, arithmetic).getPartialDerivative(1);
            theta.set(k, fixed);
        }
        return gradient;
    }

    /**
     * gᵀv = d/dt f(θ + t·v) at t = 0, one pass with the single free parameter t: θ_k carries the derivative v_k.
     *
     * @param direction v, w entries
     */
    public static double directionalDerivative(Objective objective, double[] direction) {
        DerivativeArithmetic arithmetic = new DerivativeArithmetic(1, 1);
        List<DerivativeStructure> theta = new ArrayList<>(objective.dimension());
        for (int k = 0; k < objective.dimension(); k++) {
            theta.add(new DerivativeStructure(1, 1, objective.parameter(k), direction[k]));
        }
        return objective.evaluate(theta, arithmetic).getPartialDerivative(1);
    }

    /**
     * The Hessian ∂²f/∂θ_i∂θ_j (w × w, symmetric) from one pass of order 2 with all w parameters free — for graphs,
     * whose inputs are few, to check second derivatives obtained symbol-to-symbol (clause GBP-S2S).
     */
    public static double[][] hessian(Objective objective) {
        int w = objective.dimension();
        DerivativeArithmetic arithmetic = new DerivativeArithmetic(w, 2);
        List<DerivativeStructure> theta = new ArrayList<>(w);
        for (int k = 0; k < w; k++) {
            theta.add(arithmetic.variable(k, objective.parameter(k)));
        }
        DerivativeStructure f = objective.evaluate(theta, arithmetic);
        double[][] hessian = new double[w][w];
        for (int i = 0; i < w; i++) {
            for (int j = 0; j < w; j++) {
                int[] orders = new int[w];
                orders[i]++;
                orders[j]++;
                hessian[i][j] = f.getPartialDerivative(orders);
            }
        }
        return hessian;
    }

    /** A Rademacher direction: w entries ±1, each with probability ½, from {@code seed}. */
    public static double[] randomDirection(int w, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] direction = new double[w];
        for (int k = 0; k < w; k++) {
            direction[k] = random.nextBoolean() ? 1 : -1;
        }
        return direction;
    }
}
