package dev.bprop.oracle.tangent;

import dev.bprop.oracle.bound.Allowance;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * CMP-TOLERANCE's {@link RoundingBound} of a multilayer perceptron at matrix level — D, V of J, every S_k and every
 * output's allowance (CMP-VALUE) — in O(w·m) over primitive double arrays, written from the spec's formulas,
 * independently of the reference. It is the tape's bound ({@code RoundingBound.of}) without a node per operation:
 * the tape holds a product node and a sum node for every multiply-add, some 170 bytes, about 10 GB for 10⁶ weights
 * and a batch of 64.
 *
 * <p><b>Forward.</b> Layer by layer, z^l = W^l a^(l−1) + b^l with V_z = |W^l| V_a + |b^l| ({@link AffineMagnitude}),
 * then a^l with its magnitudes, partial magnitudes P and running-error depth ({@link ActivationTangent}, as
 * {@link MatrixForwardMode} computes them, without tangents), then J, V_J and K ({@link LossTangent}).
 *
 * <p><b>Reverse.</b> S_k is the sum over all paths from θ_k to J of the product of the partial magnitudes P along the
 * path: the gradient of the linear magnitude graph, which one reverse sweep gives for all k. With Ā_x that sum for
 * the paths from node x:
 *
 * <pre>
 *     Ā_(a^L) or Ā_(z^L)   from the loss, with the 1/m of the mean            ({@link LossAdjoint})
 *     Ā_(z^l)  = P ⊙ Ā_(a^l)  (softmax: through its exponentials and sum)    ({@link ActivationAdjoint})
 *     S_(W^l)  = Σ_e Ā_(z^l),e · V_(a^(l−1)),eᵀ,    S_(b^l) = Σ_e Ā_(z^l),e
 *     Ā_(a^(l−1)) = |W^l|ᵀ Ā_(z^l)                                             ({@link AffineMagnitude})
 * </pre>
 *
 * <p>The result equals the tape's up to the order of the sums (all terms ≥ 0: relative differences of a few units of
 * rounding); D is {@link EvaluationDepth}'s, the tape's depth or more, with K as {@link MatrixForwardMode} bounds it,
 * and an output's D is the depth of a^L or K. Where a magnitude has overflowed the bound is ∞ already (CMP-VERDICT):
 * K is then left out, as the tape leaves it out, and an S_k that the products form as 0·∞ is taken as ∞.
 */
public final class MatrixRoundingBound {
    private MatrixRoundingBound() {
    }

    /**
     * The bound of {@code objective}'s problem.
     *
     * @throws dev.bprop.oracle.objective.NotFiniteException naming the layer or the loss where a value is not finite
     *         (E-EVAL)
     */
    public static RoundingBound of(ProblemObjective objective) {
        Problem problem = objective.problem();
        int depth = problem.depth();
        AffineMagnitude[] affine = new AffineMagnitude[depth + 1];
        Signal[] z = new Signal[depth + 1];
        Signal[] a = new Signal[depth + 1];
        a[0] = Signal.constants(problem.inputs());
        for (int l = 1; l <= depth; l++) {
            affine[l] = AffineMagnitude.of(l, problem.layer(l));
            z[l] = affine[l].forward(a[l - 1]);
            a[l] = ActivationTangent.apply(problem.layer(l).activation(), z[l]);
        }
        LossTangent.Scalar loss = LossTangent.of(problem.loss(), z[depth], a[depth], problem.targets());
        int runningDepth = Double.isFinite(loss.runningDepth()) ? (int) Math.ceil(loss.runningDepth()) : 0;

        double[][] adjoint = LossAdjoint.of(problem.loss(), z[depth], a[depth], problem.targets());
        if (problem.loss() == Loss.MSE) {
            adjoint = ActivationAdjoint.of(problem.layer(depth).activation(), z[depth], a[depth], adjoint);
        }
        double[] sums = new double[objective.dimension()];
        for (int l = depth; l >= 1; l--) {
            affine[l].addSums(adjoint, a[l - 1].magnitude(), sums, objective.weightIndex(l, 0, 0),
                    objective.biasIndex(l, 0));
            if (l > 1) {
                adjoint = ActivationAdjoint.of(problem.layer(l - 1).activation(), z[l - 1], a[l - 1],
                        affine[l].belowAdjoint(adjoint));
            }
        }
        for (int k = 0; k < sums.length; k++) {
            if (Double.isNaN(sums[k])) {
                sums[k] = Double.POSITIVE_INFINITY;
            }
        }
        return new RoundingBound(Math.max(EvaluationDepth.of(problem), runningDepth), loss.magnitude(), sums,
                outputs(a[depth], Math.max(EvaluationDepth.ofOutputs(problem), runningDepth)));
    }

    /** CMP-VALUE's allowance of every output a^L_ek: D and V_(a^L_ek). */
    private static List<List<Allowance>> outputs(Signal outputs, int depth) {
        List<List<Allowance>> rows = new ArrayList<>(outputs.examples());
        for (double[] row : outputs.magnitude()) {
            List<Allowance> allowances = new ArrayList<>(row.length);
            for (double magnitude : row) {
                allowances.add(Allowance.value(depth, magnitude));
            }
            rows.add(allowances);
        }
        return rows;
    }
}
