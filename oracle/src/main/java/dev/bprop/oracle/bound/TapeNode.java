package dev.bprop.oracle.bound;

/**
 * One rounded operation on the {@link Tape}: its value, its magnitude V (the value of the same formula with every
 * term taken in absolute value, so that its rounding error is at most about depth·u·V), the magnitudes of its
 * partial derivatives with respect to its one or two operands, and its depth — the number of rounded operations
 * on the longest path from a leaf to it.
 */
public final class TapeNode {
    final double value;
    final double magnitude;
    final int depth;
    final TapeNode first;
    final double firstPartial;
    final TapeNode second;
    final double secondPartial;
    double adjoint;

    TapeNode(double value, double magnitude, TapeNode first, double firstPartial, TapeNode second, double secondPartial) {
        this.value = value;
        this.magnitude = magnitude;
        this.first = first;
        this.firstPartial = firstPartial;
        this.second = second;
        this.secondPartial = secondPartial;
        this.depth = 1 + Math.max(first == null ? -1 : first.depth, second == null ? -1 : second.depth);
    }

    /** A leaf: a parameter or a constant, exact as read. */
    static TapeNode leaf(double value) {
        return new TapeNode(value, Math.abs(value), null, 0, null, 0);
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
