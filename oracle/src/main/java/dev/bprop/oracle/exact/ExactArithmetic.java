package dev.bprop.oracle.exact;

import dev.bprop.oracle.arith.Arithmetic;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Exact dual numbers over {@link BigFraction}: (v, v') with the rules of differentiation applied in exact
 * arithmetic, so the slope of the result is the exact derivative. Doubles come in exactly ({@code new
 * BigFraction(double)} keeps every bit: 0.3 becomes 5404319552844595/18014398509481984, not 3/10); the leaky
 * slope is the decimal 1/10 exactly (ACT-LEAKY-RELU). Functions with irrational values raise
 * {@link NotRationalException}.
 */
public final class ExactArithmetic implements Arithmetic<ExactDual> {
    private final ExactBudget budget;
    private long operations;

    /** Exact arithmetic within {@code budget}, counted from this instance's first operation. */
    public ExactArithmetic(ExactBudget budget) {
        this.budget = budget;
    }

    /** Exact arithmetic with {@link ExactBudget#DEFAULT}. */
    public ExactArithmetic() {
        this(ExactBudget.DEFAULT);
    }

    /**
     * Counts one operation and checks its result against the budget.
     *
     * @throws OverBudgetException naming the limit reached
     */
    private ExactDual within(ExactDual result) {
        if (++operations > budget.operations()) {
            throw new OverBudgetException("more than " + budget.operations() + " exact operations");
        }
        for (BigFraction part : new BigFraction[] {result.value(), result.slope()}) {
            if (part.getNumerator().bitLength() > budget.bits() || part.getDenominator().bitLength() > budget.bits()) {
                throw new OverBudgetException("a fraction of more than " + budget.bits() + " bits");
            }
        }
        return result;
    }

    @Override
    public ExactDual constant(double c) {
        return new ExactDual(new BigFraction(c), BigFraction.ZERO);
    }

    @Override
    public ExactDual fraction(long p, long q) {
        return new ExactDual(new BigFraction(p, q), BigFraction.ZERO);
    }

    /** (a + b)' = a' + b'. */
    @Override
    public ExactDual add(ExactDual a, ExactDual b) {
        return within(new ExactDual(a.value().add(b.value()), a.slope().add(b.slope())));
    }

    /** (a − b)' = a' − b'. */
    @Override
    public ExactDual subtract(ExactDual a, ExactDual b) {
        return within(new ExactDual(a.value().subtract(b.value()), a.slope().subtract(b.slope())));
    }

    /** (a b)' = a' b + a b'. */
    @Override
    public ExactDual multiply(ExactDual a, ExactDual b) {
        return within(new ExactDual(a.value().multiply(b.value()),
                a.slope().multiply(b.value()).add(a.value().multiply(b.slope()))));
    }

    /** (a / b)' = (a' b − a b') / b². */
    @Override
    public ExactDual divide(ExactDual a, ExactDual b) {
        BigFraction numerator = a.slope().multiply(b.value()).subtract(a.value().multiply(b.slope()));
        return within(new ExactDual(a.value().divide(b.value()), numerator.divide(b.value().multiply(b.value()))));
    }

    @Override
    public ExactDual negate(ExactDual a) {
        return new ExactDual(a.value().negate(), a.slope().negate());
    }

    @Override
    public int signum(ExactDual a) {
        return a.value().compareTo(BigFraction.ZERO);
    }

    @Override
    public double value(ExactDual a) {
        return NearestDouble.of(a.value());
    }

    @Override
    public boolean isFinite(ExactDual a) {
        return true;
    }

    @Override
    public ExactDual exp(ExactDual a) {
        throw new NotRationalException("exp");
    }

    @Override
    public ExactDual log(ExactDual a) {
        throw new NotRationalException("log");
    }

    @Override
    public ExactDual log1p(ExactDual a) {
        throw new NotRationalException("log1p");
    }

    @Override
    public ExactDual sin(ExactDual a) {
        throw new NotRationalException("sin");
    }

    @Override
    public ExactDual cos(ExactDual a) {
        throw new NotRationalException("cos");
    }

    @Override
    public ExactDual tanh(ExactDual a) {
        throw new NotRationalException("tanh");
    }

    @Override
    public ExactDual pow(ExactDual a, ExactDual b) {
        throw new NotRationalException("pow with a variable exponent");
    }

    /**
     * (a^n)' = n a^(n−1) a', for an integer n ≠ 0 within int (n − 1 is taken as a long, where it cannot overflow);
     * other exponents are not rational in general, and larger ones would need fractions too long to build.
     */
    @Override
    public ExactDual power(ExactDual a, double p) {
        int n = (int) p;
        if (n != p) {
            throw new NotRationalException("pow with the exponent " + p);
        }
        BigFraction below = a.value().pow(n - 1L);
        return within(new ExactDual(below.multiply(a.value()), below.multiply(n).multiply(a.slope())));
    }
}
