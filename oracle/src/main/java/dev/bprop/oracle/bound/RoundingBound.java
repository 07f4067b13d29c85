package dev.bprop.oracle.bound;

import dev.bprop.oracle.objective.Evaluation;
import dev.bprop.oracle.objective.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * CMP-TOLERANCE: how far a float64 computation of ∂f/∂θ_k may be from the exact value through rounding alone,
 *
 * <pre>
 *     b_k = 2·D·(u·S_k + η),    u = 2^(−53),  η = 2^(−1074),
 * </pre>
 *
 * where D is the larger of the depth of f's evaluation (rounded operations on its longest path; the backward sweep
 * of backpropagation has the same depth again, hence 2D) and its running-error depth K = max_c E_c/(u·V_c)
 * ({@link Tape#runningDepth()}, which exceeds the depth only where a factor is shared, as in repeated squaring), S_k is Σ|terms| of ∂f/∂θ_k from the {@link Tape}, and η
 * covers underflow into the subnormals. This is the first-order bound γ_(2D)·S_k of Higham §3.1 for any order
 * of evaluation of the same terms, so it holds for the reference (reverse mode), for forward-mode AD and for
 * any other float64 implementation alike; float32 arithmetic (u = 2^(−24)) leaking in exceeds it by about
 * 2^29/(2D) for a well-conditioned component.
 *
 * <p>The same evaluation gives CMP-VALUE's allowance of f and of every other value a result reports (a problem's
 * outputs), so that one tape serves every number a comparison judges.
 *
 * @param depth D = max(depth, ⌈K⌉)
 * @param valueMagnitude V of f itself, Σ|terms| of its evaluation
 * @param sums S_k, w entries
 * @param outputs the allowances of the reported values besides f (a problem's outputs a^L_ek, row by row)
 */
public record RoundingBound(int depth, double valueMagnitude, double[] sums, List<List<Allowance>> outputs) {
    /** Unit roundoff of float64, u = 2^(−53). */
    public static final double UNIT_ROUNDOFF = 0x1p-53;

    public RoundingBound {
        sums = sums.clone();
        outputs = outputs.stream().map(List::copyOf).toList();
    }

    /** One evaluation on the {@link Tape} and one backward sweep: O(w·m), so it serves networks of 10⁶ weights. */
    public static RoundingBound of(Objective objective) {
        Tape tape = new Tape();
        List<TapeNode> theta = new ArrayList<>(objective.dimension());
        for (int k = 0; k < objective.dimension(); k++) {
            theta.add(tape.variable(objective.parameter(k)));
        }
        Evaluation<TapeNode> evaluation = objective.evaluation(theta, tape);
        TapeNode output = evaluation.value();
        tape.sweep(output);
        List<List<Allowance>> outputs = evaluation.outputs().stream().map(row -> row.stream()
                .map(node -> Allowance.value(depth(node, tape), node.magnitude())).toList()).toList();
        return new RoundingBound(depth(output, tape), output.magnitude(),
                theta.stream().mapToDouble(tape::sum).toArray(), outputs);
    }

    /** D = max(depth, ⌈K⌉) of the evaluation that ended in {@code output}. */
    static int depth(TapeNode output, Tape tape) {
        return Math.max(output.depth(), (int) Math.ceil(tape.runningDepth()));
    }

    /** The allowance of ∂f/∂θ_k: D and S_k (CMP-TOLERANCE). */
    public Allowance gradient(int k) {
        return Allowance.gradient(depth, sums[k]);
    }

    /** The allowance of f itself: D and V (CMP-VALUE). */
    public Allowance value() {
        return Allowance.value(depth, valueMagnitude);
    }

    /** b_k = 2·D·(u·S_k + η), the bound for one float64 computation of ∂f/∂θ_k. */
    public double of(int k) {
        return gradient(k).of(Precision.FLOAT64);
    }

    /** Σ_k |v_k|·b_k, the bound for one float64 computation of gᵀv along {@code direction}. */
    public double along(double[] direction) {
        double bound = 0;
        for (int k = 0; k < direction.length; k++) {
            bound += Math.abs(direction[k]) * of(k);
        }
        return bound;
    }
}
