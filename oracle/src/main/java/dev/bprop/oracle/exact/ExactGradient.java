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

    /** The exact gradient, or empty when the objective needs a function with irrational values. */
    public static Optional<ExactGradient> of(Objective objective) {
        ExactArithmetic arithmetic = new ExactArithmetic();
        List<ExactDual> theta = new ArrayList<>(objective.dimension());
        for (int k = 0; k < objective.dimension(); k++) {
            theta.add(arithmetic.constant(objective.parameter(k)));
        }
        try {
            BigFraction value = objective.evaluate(theta, arithmetic).value();
            List<BigFraction> gradient = new ArrayList<>(theta.size());
            for (int k = 0; k < theta.size(); k++) {
                ExactDual fixed = theta.get(k);
                theta.set(k, new ExactDual(fixed.value(), BigFraction.ONE));
                gradient.add(objective.evaluate(theta, arithmetic).slope());
                theta.set(k, fixed);
            }
            return Optional.of(new ExactGradient(value, gradient));
        } catch (NotRationalException irrational) {
            return Optional.empty();
        }
    }

    /** The gradient rounded to the nearest doubles. */
    public double[] nearestDoubles() {
        return gradient.stream().mapToDouble(NearestDouble::of).toArray();
    }
}
