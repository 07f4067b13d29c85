package dev.bprop.oracle.exact;

import dev.bprop.oracle.objective.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The exact value f(θ) and gradient ∇f(θ) as fractions, for objectives made of rational operations only
 * (identity, relu, leaky_relu, hardtanh, mse; graph ops add, sub, mul, div, neg, relu, and pow with a constant
 * integer exponent), kinks included under the convention of ACT-KINK.
 *
 * <p>θ is taken as the doubles the implementation reads, converted exactly. A spec vector's
 * {@code expected_exact} is computed from the decimal text instead (0.3 = 3/10), so the two are equal only when
 * every input is a binary fraction; otherwise compare within the vector's tolerance.
 *
 * @param value f(θ) exactly
 * @param gradient ∂f/∂θ_k exactly, w entries
 */
public record ExactGradient(BigFraction value, List<BigFraction> gradient) {
    public ExactGradient {
        gradient = List.copyOf(gradient);
    }

    /**
     * The exact gradient within {@link ExactBudget#DEFAULT}, or empty when the objective needs a function with
     * irrational values or the budget is exceeded.
     */
    public static Optional<ExactGradient> of(Objective objective) {
        return attempt(objective, ExactBudget.DEFAULT).gradient();
    }

    /** The exact gradient within {@code budget}, or why there is none. */
    public static Attempt attempt(Objective objective, ExactBudget budget) {
        try {
            return new Attempt(Optional.of(compute(objective, budget)), Optional.empty());
        } catch (NotRationalException irrational) {
            return new Attempt(Optional.empty(), Optional.of("not rational: " + irrational.getMessage()));
        } catch (OverBudgetException tooLarge) {
            return new Attempt(Optional.empty(), Optional.of("skipped: over its budget (" + tooLarge.getMessage()
                    + ")"));
        }
    }

    private static ExactGradient compute(Objective objective, ExactBudget budget) {
        ExactArithmetic arithmetic = new ExactArithmetic(budget);
        List<ExactDual> theta = new ArrayList<>(objective.dimension());
        for (int k = 0; k < objective.dimension(); k++) {
            theta.add(arithmetic.constant(objective.parameter(k)));
        }
        BigFraction value = objective.evaluate(theta, arithmetic).value();
        List<BigFraction> gradient = new ArrayList<>(theta.size());
        for (int k = 0; k < theta.size(); k++) {
            ExactDual fixed = theta.get(k);
            theta.set(k, new ExactDual(fixed.value(), BigFraction.ONE));
            gradient.add(objective.evaluate(theta, arithmetic).slope());
            theta.set(k, fixed);
        }
        return new ExactGradient(value, gradient);
    }

    /**
     * The outcome of one try.
     *
     * @param gradient the exact gradient, if there is one
     * @param reason why there is none ("not rational: tanh has …", "skipped: over its budget (…)")
     */
    public record Attempt(Optional<ExactGradient> gradient, Optional<String> reason) {
    }

    /** The gradient rounded to the nearest doubles. */
    public double[] nearestDoubles() {
        return gradient.stream().mapToDouble(NearestDouble::of).toArray();
    }
}
