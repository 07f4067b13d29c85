package dev.bprop.conformance.internal.diagnose.model;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One known bug, as a computation: the spec's backpropagation with one step done wrong. A failing implementation
 * whose numbers this computation reproduces, within the comparison's tolerance, is diagnosed as having this bug;
 * nothing else is ever stated as a cause.
 *
 * @param name a stable identifier, e.g. {@code tanh-derivative-one-minus-a-all-squared}
 * @param clause the clause the bug breaks
 * @param cause what the bug does, completing "the reference computed with …"
 * @param applies whether the bug can change the result of a problem (a sigmoid bug needs a sigmoid layer)
 * @param predict the bug's result for a problem; the found result is given to the few models with a free parameter
 *        (a weight-decay coefficient), which fit it from the found numbers before predicting all of them
 */
public record MlpModel(String name, String clause, String cause, Predicate<Problem> applies,
        BiFunction<Problem, Result, Prediction> predict) {

    /** What a model predicts, with the value of its fitted parameter where it has one (else empty). */
    public record Prediction(Result result, String parameter) {
    }

    /** A model without a free parameter: {@code variant}'s computation of the problem. */
    static MlpModel of(String name, String clause, String cause, Predicate<Problem> applies,
            Supplier<PlainBackprop> variant) {
        return new MlpModel(name, clause, cause, applies,
                (problem, found) -> new Prediction(variant.get().gradient(problem), ""));
    }
}
