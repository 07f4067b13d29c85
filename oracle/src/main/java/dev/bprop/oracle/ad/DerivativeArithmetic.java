package dev.bprop.oracle.ad;

import dev.bprop.oracle.arith.Arithmetic;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;

/**
 * commons-math3 {@link DerivativeStructure}s with a fixed number of free parameters and derivation order: every
 * operation carries all partial derivatives up to that order, exact up to rounding (forward-mode AD). Only the
 * public {@code DerivativeStructure} API is used, never {@code DSCompiler} directly (whose {@code divide} reads
 * the right operand at the left operand's offset, harmless only at the offset 0 the public API always passes).
 */
public final class DerivativeArithmetic implements Arithmetic<DerivativeStructure> {
    private final int parameters;
    private final int order;

    /**
     * @param parameters the number of free parameters every structure differentiates with respect to
     * @param order the highest derivation order
     */
    public DerivativeArithmetic(int parameters, int order) {
        this.parameters = parameters;
        this.order = order;
    }

    /** Free parameter number {@code index} at {@code value}: its own derivative is 1, the others' 0. */
    public DerivativeStructure variable(int index, double value) {
        return new DerivativeStructure(parameters, order, index, value);
    }

    @Override
    public DerivativeStructure constant(double c) {
        return new DerivativeStructure(parameters, order, c);
    }

    @Override
    public DerivativeStructure fraction(long p, long q) {
        return constant((double) p / q);
    }

    @Override
    public DerivativeStructure add(DerivativeStructure a, DerivativeStructure b) {
        return a.add(b);
    }

    @Override
    public DerivativeStructure subtract(DerivativeStructure a, DerivativeStructure b) {
        return a.subtract(b);
    }

    @Override
    public DerivativeStructure multiply(DerivativeStructure a, DerivativeStructure b) {
        return a.multiply(b);
    }

    @Override
    public DerivativeStructure divide(DerivativeStructure a, DerivativeStructure b) {
        return a.divide(b);
    }

    @Override
    public DerivativeStructure negate(DerivativeStructure a) {
        return a.negate();
    }

    @Override
    public int signum(DerivativeStructure a) {
        return (int) Math.signum(a.getValue());
    }

    @Override
    public double value(DerivativeStructure a) {
        return a.getValue();
    }

    @Override
    public boolean isFinite(DerivativeStructure a) {
        for (double entry : a.getAllDerivatives()) {
            if (!Double.isFinite(entry)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public DerivativeStructure exp(DerivativeStructure a) {
        return a.exp();
    }

    @Override
    public DerivativeStructure log(DerivativeStructure a) {
        return a.log();
    }

    @Override
    public DerivativeStructure log1p(DerivativeStructure a) {
        return a.log1p();
    }

    @Override
    public DerivativeStructure sin(DerivativeStructure a) {
        return a.sin();
    }

    @Override
    public DerivativeStructure cos(DerivativeStructure a) {
        return a.cos();
    }

    @Override
    public DerivativeStructure tanh(DerivativeStructure a) {
        return a.tanh();
    }

    @Override
    public DerivativeStructure pow(DerivativeStructure a, DerivativeStructure b) {
        return a.pow(b);
    }

    /**
     * a^p. A constant base gives a constant (its partials are never needed, and {@code pow} of a constant 0 would
     * form 0·∞). A whole p ≥ 0 within int uses the integer power, which is exact at a = 0, where the double power
     * forms 0^(p − order) = ∞ for p below the derivation order (x¹ at 0 has the second derivative 0, not NaN). A
     * negative p takes the double power: the integer one starts from 1/a, whose rounding error the |p|
     * multiplications that follow amplify |p|-fold.
     */
    @Override
    public DerivativeStructure power(DerivativeStructure a, double p) {
        if (isConstant(a)) {
            return constant(Math.pow(a.getValue(), p));
        }
        return p >= 0 && (int) p == p ? a.pow((int) p) : a.pow(p);
    }

    private static boolean isConstant(DerivativeStructure a) {
        double[] all = a.getAllDerivatives();
        for (int index = 1; index < all.length; index++) {
            if (all[index] != 0) {
                return false;
            }
        }
        return true;
    }
}
