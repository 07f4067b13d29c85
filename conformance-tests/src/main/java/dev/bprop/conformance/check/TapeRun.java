package dev.bprop.conformance.check;

import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.Objective;
import java.util.Arrays;
import java.util.List;

/**
 * One evaluation of an objective f (a problem's loss J, a graph's output) on the oracle's running-error tape and
 * one backward sweep ({@link RoundingBound#of(Objective)}), as the kit's allowances: the depth D and magnitude V of f, and
 * S_k = Σ|terms| of ∂f/∂θ_k for every parameter, the ingredients of CMP-TOLERANCE.
 */
record TapeRun(Allowance value, List<Allowance> gradient) {
    static TapeRun of(Objective objective) {
        RoundingBound bound = RoundingBound.of(objective);
        return new TapeRun(new Allowance(bound.depth(), bound.valueMagnitude(), 1),
                Arrays.stream(bound.sums()).mapToObj(sum -> new Allowance(bound.depth(), sum, 2)).toList());
    }
}
