package dev.bprop.conformance.diagnose;

import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.Locale;
import java.util.Optional;

/**
 * Names the classic bugs that scale a whole quantity by a constant r: found = r × expected. The factor tells the
 * bug: m is a batch sum where BP-BATCH wants the mean, 1/m a mean taken twice, 2 the missing ½ of LOSS-MSE, −1 a
 * flipped sign, 1/n_L a division by the number of outputs that LOSS-MEAN does not make.
 */
final class ScaleDiagnosis {
    private ScaleDiagnosis() {
    }

    /** The diagnosis of "every {@code what} is r × expected" for {@code problem}. */
    static Optional<String> of(String what, double r, Problem problem) {
        int m = problem.batchSize();
        int outputs = problem.width(problem.depth());
        if (m > 1 && CommonRatio.is(r, m)) {
            return Optional.of("every " + what + " is m = " + m + " times the expected: the batch sum instead of the "
                    + "mean (BP-BATCH, LOSS-MEAN)");
        }
        if (m > 1 && CommonRatio.is(r, 1.0 / m)) {
            return Optional.of("every " + what + " is 1/m = 1/" + m + " of the expected: 1/m applied twice, in δ^L "
                    + "and again when averaging (BP-BATCH)");
        }
        if (CommonRatio.is(r, 2) && problem.loss() == Loss.MSE) {
            return Optional.of("found = 2 × expected for every " + what + ": the ½ of LOSS-MSE is missing");
        }
        if (outputs > 1 && CommonRatio.is(r, 1.0 / outputs)) {
            return Optional.of("every " + what + " is 1/n_L = 1/" + outputs + " of the expected: divided by the "
                    + "number of outputs, but each example's loss sums over its outputs (LOSS-MEAN)"
                    + (outputs == 2 ? "; or a ½ too many, LOSS-MSE has exactly one" : ""));
        }
        if (CommonRatio.is(r, 0.5) && problem.loss() == Loss.MSE) {
            return Optional.of("found = ½ × expected for every " + what + ": a ½ too many, LOSS-MSE has exactly one");
        }
        if (CommonRatio.is(r, -1)) {
            return Optional.of("sign flipped: found = −expected for every " + what + ", the gradient of −J; δ^L is "
                    + "(a − y)/m, not (y − a)/m (BP1)");
        }
        return Optional.of(String.format(Locale.ROOT, "every %s is %.6g × expected: a constant factor in the loss "
                + "or in δ^L (BP1, LOSS-MEAN)", what, r));
    }
}
