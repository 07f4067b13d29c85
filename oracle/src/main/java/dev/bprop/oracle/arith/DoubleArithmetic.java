package dev.bprop.oracle.arith;

/**
 * Plain IEEE 754 doubles, the numbers finite differences evaluate J in. The transcendental functions are
 * {@link Math}'s, as any double implementation would use.
 */
public class DoubleArithmetic implements Arithmetic<Double> {
    @Override
    public Double constant(double c) {
        return c;
    }

    @Override
    public Double fraction(long p, long q) {
        return (double) p / q;
    }

    @Override
    public Double add(Double a, Double b) {
        return a + b;
    }

    @Override
    public Double subtract(Double a, Double b) {
        return a - b;
    }

    @Override
    public Double multiply(Double a, Double b) {
        return a * b;
    }

    @Override
    public Double divide(Double a, Double b) {
        return a / b;
    }

    @Override
    public Double negate(Double a) {
        return -a;
    }

    @Override
    public int signum(Double a) {
        return (int) Math.signum(a);
    }

    @Override
    public double value(Double a) {
        return a;
    }

    @Override
    public boolean isFinite(Double a) {
        return Double.isFinite(a);
    }

    @Override
    public Double exp(Double a) {
        return Math.exp(a);
    }

    @Override
    public Double log(Double a) {
        return Math.log(a);
    }

    @Override
    public Double log1p(Double a) {
        return Math.log1p(a);
    }

    @Override
    public Double sin(Double a) {
        return Math.sin(a);
    }

    @Override
    public Double cos(Double a) {
        return Math.cos(a);
    }

    @Override
    public Double tanh(Double a) {
        return Math.tanh(a);
    }

    @Override
    public Double pow(Double a, Double b) {
        return Math.pow(a, b);
    }

    @Override
    public Double power(Double a, double p) {
        return Math.pow(a, p);
    }
}
