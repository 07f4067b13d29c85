package dev.bprop.oracle.bound;

/**
 * One rounded operation on the {@link Tape}: its value, its magnitude V (the value of the same formula with every
 * term taken in absolute value), the magnitudes P of the partial derivatives of its derivative formula with
 * respect to its one or two operands (what the backward sweep of S_k multiplies), the magnitudes Q of the partial
 * derivatives of its value (what carries an operand's error forward), its depth — the number of rounded operations
 * on the longest path from a leaf to it — and its running error E/u (clause CMP-TOLERANCE), with Q = |∂c/∂a| the
 * partial derivatives of its value at the operands' values:
 *
 * <pre>
 *     E_c/u = Q_(c,a)·E_a/u + Q_(c,b)·E_b/u + V_c        (Higham §3.3: the operands' errors carried, one rounding)
 * </pre>
 *
 * E_c/(u·V_c) is at most the depth where no operand is used twice in one product; where one is (a·a, repeated
 * squaring), it doubles at each such node, and the depth alone would not bound the error.
 */
public final class TapeNode {
    final double value;
    final double magnitude;
    final int depth;
    final TapeNode first;
    final double firstPartial;
    final TapeNode second;
    final double secondPartial;
    final double runningError;
    double adjoint;

    /**
     * @param firstPartial P of the first operand; {@code firstValuePartial} Q = |∂c/∂a| at the operands' values
     * @param second the second operand, or null for a unary operation (then its partials are 0)
     */
    TapeNode(double value, double magnitude, TapeNode first, double firstPartial, double firstValuePartial,
            TapeNode second, double secondPartial, double secondValuePartial) {
        this.value = value;
        this.magnitude = magnitude;
        this.first = first;
        this.firstPartial = firstPartial;
        this.second = second;
        this.secondPartial = secondPartial;
        this.depth = 1 + Math.max(first == null ? -1 : first.depth, second == null ? -1 : second.depth);
        this.runningError = first == null ? 0 : magnitude + carried(firstValuePartial, first)
                + (second == null ? 0 : carried(secondValuePartial, second));
    }

    /** Q·E/u of one operand; an exact operand (E = 0) carries nothing, whatever Q is. */
    private static double carried(double valuePartial, TapeNode operand) {
        return operand.runningError == 0 ? 0 : valuePartial * operand.runningError;
    }

    /** A leaf: a parameter or a constant, exact as read. */
    static TapeNode leaf(double value) {
        return new TapeNode(value, Math.abs(value), null, 0, 0, null, 0, 0);
    }

    /**
     * E_c/(u·V_c), how many units u·V_c of rounding error this node may carry: at most its depth without shared
     * factors; 0 for a leaf (E = 0), a node of magnitude 0, or one whose magnitude has overflowed (its bound is ∞
     * already).
     */
    double runningDepth() {
        double ratio = runningError / magnitude;
        return Double.isFinite(ratio) ? ratio : 0;
    }

    public double value() {
        return value;
    }

    public double magnitude() {
        return magnitude;
    }

    public int depth() {
        return depth;
    }
}
