package dev.bprop.conformance.internal.shrink;

import dev.bprop.conformance.internal.problem.EditableProblem;
import dev.bprop.conformance.internal.problem.Kinks;
import dev.bprop.conformance.internal.problem.PreActivations;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * The smallest failing network: shrinks a failing problem greedily while it still fails the same way (the caller's
 * test, KIT-SHRINK: the same reproduced bug on a fresh instance of the adapter, see {@link Signature}), by dropping
 * the first
 * layer (its activations become the inputs), an example, a hidden unit, an input, or an output (mse and bce only,
 * since a cross-entropy row must keep summing to 1), and then by rounding every number to fewer digits. A
 * candidate is kept only if it is a valid problem (FMT-ERRORS), stays {@code margin} off the kinks (so that a
 * required clause never ends up blamed on ACT-KINK's convention) and still fails. At most {@value #BUDGET} candidates
 * are tried, within {@link #TIME_BUDGET}, so a slow implementation still gets its report. A test that throws (the
 * implementation erred on a candidate, or ran out of time) ends the shrinking with the smallest problem so far: an
 * error is not the failure being shrunk, and retrying errors is how a run gets stuck.
 */
public final class ProblemShrinker {
    static final int BUDGET = 400;
    static final Duration TIME_BUDGET = Duration.ofSeconds(20);

    /**
     * What the shrinking may spend: candidates tried, and time read from a clock of nanoseconds (the system's, or a
     * simulated one in the kit's own tests).
     */
    record Budget(int candidates, Duration time, LongSupplier clock) {
        static final Budget DEFAULT = new Budget(BUDGET, TIME_BUDGET, System::nanoTime);
    }

    private final Predicate<Problem> fails;
    private final double margin;
    private final Budget budget;
    private final long deadline;
    private int tried;

    private ProblemShrinker(Predicate<Problem> fails, double margin, Budget budget) {
        this.fails = fails;
        this.margin = margin;
        this.budget = budget;
        this.deadline = budget.clock().getAsLong() + budget.time().toNanos();
    }

    /** The shrunk problem with the number of steps taken. */
    public record Shrunk(Problem problem, int steps) {
    }

    /** Shrinks {@code failing}, for which {@code fails} holds, keeping {@code margin} off the kinks. */
    public static Shrunk shrink(Problem failing, Predicate<Problem> fails, double margin) {
        return shrink(failing, fails, margin, Budget.DEFAULT);
    }

    static Shrunk shrink(Problem failing, Predicate<Problem> fails, double margin, Budget budget) {
        ProblemShrinker shrinker = new ProblemShrinker(fails, margin, budget);
        Problem current = failing;
        int steps = 0;
        boolean progress = true;
        try {
            while (progress && shrinker.withinBudget()) {
                progress = false;
                for (Problem candidate : candidates(current)) {
                    if (!shrinker.withinBudget()) {
                        break;
                    }
                    if (shrinker.keeps(candidate)) {
                        current = candidate;
                        steps++;
                        progress = true;
                        break;
                    }
                }
            }
        } catch (RuntimeException erred) {
            // the implementation erred on a candidate: the smallest problem so far is the answer
        }
        return new Shrunk(current, steps);
    }

    private boolean withinBudget() {
        return tried < budget.candidates() && budget.clock().getAsLong() - deadline < 0;
    }

    private boolean keeps(Problem candidate) {
        if (!valid(candidate) || Kinks.anyNear(candidate, margin)) {
            return false;
        }
        tried++;
        return fails.test(candidate);
    }

    /** Whether the candidate is a problem the spec accepts: it survives a round trip through the file format. */
    private static boolean valid(Problem candidate) {
        try {
            BpropJson.parseProblem(BpropJson.write(candidate));
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** Smaller problems first: fewer layers, examples and units, then simpler numbers. */
    static List<Problem> candidates(Problem problem) {
        List<Problem> candidates = new ArrayList<>();
        if (problem.depth() > 1) {
            candidates.add(withoutFirstLayer(problem));
        }
        for (int e = 0; e < problem.batchSize() && problem.batchSize() > 1; e++) {
            candidates.add(withoutExample(problem, e));
        }
        for (int l = 0; l < problem.depth(); l++) {
            for (int j = 0; j < problem.width(l) && problem.width(l) > 1; j++) {
                candidates.add(withoutUnit(problem, l, j));
            }
        }
        if (problem.loss() != Loss.CROSS_ENTROPY && problem.width(problem.depth()) > 1) {
            for (int k = 0; k < problem.width(problem.depth()); k++) {
                candidates.add(withoutUnit(problem, problem.depth(), k));
            }
        }
        for (int digits = 0; digits <= 3; digits++) {
            candidates.add(Rounding.round(problem, digits));
        }
        candidates.removeIf(problem::equals);
        return candidates;
    }

    /** Layer 1 dropped; its activations a^1 become the inputs, so layers 2..L see what they saw. */
    static Problem withoutFirstLayer(Problem problem) {
        EditableProblem editable = EditableProblem.of(problem);
        editable.inputs = PreActivations.of(problem).activations(1);
        editable.activations.remove(0);
        editable.weights.remove(0);
        editable.biases.remove(0);
        return editable.toProblem();
    }

    static Problem withoutExample(Problem problem, int e) {
        EditableProblem editable = EditableProblem.of(problem);
        editable.inputs = Arrays2.withoutRow(editable.inputs, e);
        editable.targets = Arrays2.withoutRow(editable.targets, e);
        return editable.toProblem();
    }

    /**
     * Unit j of layer l dropped, for l = 0..L: row j of W^l and b^l (or column j of the inputs for l = 0, of the
     * targets for l = L) and column j of W^(l+1).
     */
    static Problem withoutUnit(Problem problem, int l, int j) {
        EditableProblem editable = EditableProblem.of(problem);
        if (l == 0) {
            editable.inputs = Arrays2.withoutColumn(editable.inputs, j);
        } else {
            editable.weights.set(l - 1, Arrays2.withoutRow(editable.weights.get(l - 1), j));
            editable.biases.set(l - 1, Arrays2.without(editable.biases.get(l - 1), j));
        }
        if (l == problem.depth()) {
            editable.targets = Arrays2.withoutColumn(editable.targets, j);
        } else {
            editable.weights.set(l, Arrays2.withoutColumn(editable.weights.get(l), j));
        }
        return editable.toProblem();
    }
}
