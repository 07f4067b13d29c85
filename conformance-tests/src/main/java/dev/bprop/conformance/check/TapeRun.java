package dev.bprop.conformance.check;

import dev.bprop.oracle.bound.Tape;
import dev.bprop.oracle.bound.TapeNode;
import dev.bprop.oracle.objective.Objective;
import java.util.ArrayList;
import java.util.List;

/**
 * One evaluation of an objective f (a problem's loss J, a graph's output) on the oracle's running-error {@link Tape}
 * and one backward sweep: the depth D and magnitude V of f, and S_k = Σ|terms| of ∂f/∂θ_k for every parameter, the
 * ingredients of CMP-TOLERANCE. (The oracle's {@code RoundingBound.of} makes the same run but keeps only D and S.)
 */
record TapeRun(Allowance value, List<Allowance> gradient) {
    static TapeRun of(Objective objective) {
        Tape tape = new Tape();
        List<TapeNode> theta = new ArrayList<>(objective.dimension());
        for (int k = 0; k < objective.dimension(); k++) {
            theta.add(tape.variable(objective.parameter(k)));
        }
        TapeNode f = objective.evaluate(theta, tape);
        tape.sweep(f);
        return new TapeRun(new Allowance(f.depth(), f.magnitude(), 1),
                theta.stream().map(node -> new Allowance(f.depth(), tape.sum(node), 2)).toList());
    }
}
