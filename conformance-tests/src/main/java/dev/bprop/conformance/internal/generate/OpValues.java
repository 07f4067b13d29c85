package dev.bprop.conformance.internal.generate;

import dev.bprop.spec.graph.GraphOp;

/**
 * The forward value of each scalar operation (GBP-OPS) and the domain the generator keeps it in: away from
 * log's and div's poles, pow with a positive base (so that its exponent partial exists, GBP-OP-POW), relu away
 * from its kink (ACT-KINK), and every value of moderate size. Computed here, not by the reference, so that the
 * graphs posed never depend on the code under test.
 */
final class OpValues {
    static final double KINK_MARGIN = 1e-3;

    private OpValues() {
    }

    /** The value of {@code op} on a (and b), or NaN when the generator should not use it there. */
    static double apply(GraphOp op, double a, double b) {
        double value = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> Math.abs(b) > 0.2 ? a / b : Double.NaN;
            case POW -> a > 0.2 && a < 5 && Math.abs(b) <= 3 ? Math.pow(a, b) : Double.NaN;
            case NEG -> -a;
            case SIN -> Math.sin(a);
            case COS -> Math.cos(a);
            case EXP -> a < 4 ? Math.exp(a) : Double.NaN;
            case LOG -> a > 0.1 ? Math.log(a) : Double.NaN;
            case TANH -> Math.tanh(a);
            case SIGMOID -> 1 / (1 + Math.exp(-a));
            case RELU -> Math.abs(a) > KINK_MARGIN ? Math.max(0, a) : Double.NaN;
            case INPUT, CONST -> throw new IllegalArgumentException(op + " is a leaf");
        };
        return Math.abs(value) < 1e3 ? value : Double.NaN;
    }
}
