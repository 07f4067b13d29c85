package dev.bprop.oracle.tangent;

import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.mlp.Problem;

/**
 * CMP-DIRECTIONAL for multilayer perceptrons at matrix level: gᵀv = d/dt J(θ + t·v) and the rounding bound
 * Σ_k |v_k|·b_k of clause CMP-TOLERANCE, both in one forward pass over primitive double arrays — written from the
 * spec's formulas, independently of the reference.
 *
 * <p><b>Tangent.</b> With v split into Ẇ^l, ḃ^l per layer (in the order of θ, NOT-W), each layer propagates
 * ż^l = Ẇ^l a^(l−1) + W^l ȧ^(l−1) + ḃ^l ({@link AffineTangent}, FWD-Z) and ȧ^l = g'(z^l) ⊙ ż^l
 * ({@link ActivationTangent}, FWD-A; softmax by its Jacobian-vector product), and {@link LossTangent} gives
 * J̇ = gᵀv for mse, cross entropy and bce (LOSS-STABLE). About three times the multiply-adds of a forward pass.
 *
 * <p><b>Bound.</b> CMP-TOLERANCE's S_k is the sum over all paths from θ_k to J of the product of the partial
 * magnitudes P along the path — the k-th component of the gradient of the linear "magnitude graph" whose edges
 * carry P ≥ 0. The tape computes all S_k by one reverse sweep over that graph; the directional bound needs only
 *
 * <pre>
 *     Σ_k |v_k|·b_k = 2·D·(u·Σ_k |v_k|·S_k + η·Σ_k |v_k|),
 * </pre>
 *
 * and Σ_k |v_k|·S_k = Σ_paths |v_(start)|·Π P is the same path sum accumulated forward: seed every parameter with
 * Ṡ_(θ_k) = |v_k| and every constant with 0, give each node c the tangent Ṡ_c = Σ_(operands a) P_(c,a)·Ṡ_a, and
 * Ṡ_J = Σ_k |v_k| S_k (forward and reverse accumulation of one linear graph give the same sum over paths). The
 * partials P depend on the magnitudes V, which the same pass carries, so each node holds four numbers
 * ({@link Signal}): x, ẋ, V_x, Ṡ_x, and each class states the P of its operations as the tape records them. The
 * result equals the tape's Σ_k |v_k|·b_k up to the order of the sums (all terms ≥ 0, so no cancellation:
 * relative differences near D·u), with {@link EvaluationDepth}'s D, which is the tape's depth or larger.
 */
public final class MatrixForwardMode {
    private MatrixForwardMode() {
    }

    /**
     * One pass along {@code direction}.
     *
     * @param direction v, in the order of θ
     * @throws IllegalArgumentException if v does not have one entry per parameter
     * @throws dev.bprop.oracle.objective.NotFiniteException naming the layer or the loss where a value or tangent is
     *         not finite (E-EVAL)
     */
    public static Directional along(ProblemObjective objective, double[] direction) {
        if (direction.length != objective.dimension()) {
            throw new IllegalArgumentException("direction: " + direction.length + " entries for "
                    + objective.dimension() + " parameters");
        }
        Problem problem = objective.problem();
        Signal a = Signal.constants(problem.inputs());
        Signal z = a;
        for (int l = 1; l <= problem.depth(); l++) {
            z = AffineTangent.of(objective, l, direction).apply(a);
            a = ActivationTangent.apply(problem.layer(l).activation(), z);
        }
        LossTangent.Scalar loss = LossTangent.of(problem.loss(), z, a, problem.targets());
        double directionMagnitude = 0;
        for (double vk : direction) {
            directionMagnitude += Math.abs(vk);
        }
        return new Directional(loss.value(), loss.tangent(), loss.magnitudeTangent(), directionMagnitude,
                Math.max(EvaluationDepth.of(problem), (int) Math.ceil(loss.runningDepth())));
    }

    /**
     * The outcome of one pass.
     *
     * @param loss J(θ)
     * @param derivative gᵀv = d/dt J(θ + t·v) at t = 0
     * @param magnitudeSum Σ_k |v_k|·S_k
     * @param directionMagnitude Σ_k |v_k|
     * @param depth D, the larger of the depth of J's evaluation and its running-error depth K (or upper bounds)
     */
    public record Directional(double loss, double derivative, double magnitudeSum, double directionMagnitude,
            int depth) {
        /** Σ_k |v_k|·b_k = 2·D·(u·Σ_k |v_k|·S_k + η·Σ_k |v_k|), the bound of CMP-DIRECTIONAL for one float64 gᵀv. */
        public double roundingBound() {
            return 2.0 * depth * (RoundingBound.UNIT_ROUNDOFF * magnitudeSum + Double.MIN_VALUE * directionMagnitude);
        }
    }
}
