package dev.bprop.oracle.fd;

import dev.bprop.oracle.arith.DoubleArithmetic;
import java.util.ArrayList;
import java.util.List;

/**
 * Doubles that remember, for every evaluation of a function with kinks, which smooth piece its argument fell in:
 * relu and leaky_relu 0 (z &lt; 0), 1 (z = 0, the kink), 2 (z &gt; 0); hardtanh 0 (z &lt; −1), 1 (z = −1), 2,
 * 3 (z = 1), 4 (z &gt; 1). Two evaluations of the same objective make their kinked calls in the same order, so
 * their traces are equal exactly when no pre-activation changed piece between them (ACT-KINK).
 */
public final class PieceTrace extends DoubleArithmetic {
    private final List<Integer> pieces = new ArrayList<>();

    /** The pieces, one per kinked call, in call order. */
    public List<Integer> pieces() {
        return pieces;
    }

    @Override
    public Double relu(Double z) {
        pieces.add(Double.compare(z, 0.0) + 1);
        return super.relu(z);
    }

    @Override
    public Double leakyRelu(Double z) {
        pieces.add(Double.compare(z, 0.0) + 1);
        return super.leakyRelu(z);
    }

    @Override
    public Double hardtanh(Double z) {
        pieces.add(Integer.signum(Double.compare(z, -1.0)) + Integer.signum(Double.compare(z, 1.0)) + 2);
        return super.hardtanh(z);
    }
}
