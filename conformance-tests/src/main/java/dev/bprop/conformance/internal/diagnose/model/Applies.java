package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.function.Predicate;

/** The problems on which a bug model can show: the conditions its changed step needs. */
final class Applies {
    private Applies() {
    }

    static Predicate<Problem> always() {
        return problem -> true;
    }

    /** A layer whose derivative g' the backward pass takes: a hidden layer, or the last one under mse. */
    static Predicate<Problem> derivativeOf(Activation activation) {
        return problem -> {
            for (int l = 1; l <= problem.depth(); l++) {
                boolean taken = l < problem.depth() || problem.loss() == Loss.MSE;
                if (taken && problem.layer(l).activation() == activation) {
                    return true;
                }
            }
            return false;
        };
    }

    static Predicate<Problem> hiddenLayers() {
        return problem -> problem.depth() > 1;
    }

    static Predicate<Problem> batchOfAtLeast(int m) {
        return problem -> problem.batchSize() >= m;
    }

    static Predicate<Problem> lastLayer(Activation activation, Loss loss) {
        return problem -> problem.layer(problem.depth()).activation() == activation && problem.loss() == loss;
    }

    static Predicate<Problem> loss(Loss loss) {
        return problem -> problem.loss() == loss;
    }
}
