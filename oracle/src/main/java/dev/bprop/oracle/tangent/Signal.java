package dev.bprop.oracle.tangent;

/**
 * The four numbers the matrix-level forward mode carries for every unit of one layer and every example of the
 * batch (m rows of n entries each): the value x, its tangent ẋ = dx/dt along θ + t·v, the magnitude V_x of clause
 * CMP-TOLERANCE (x's formula with every term in absolute value), and the tangent Ṡ_x of the magnitude graph along
 * |v| — Σ_k |v_k|·(Σ over the paths from θ_k to x of the product of the partial-derivative magnitudes P); and for
 * the whole layer a bound K on the running-error depth E_x/(u·V_x) of every entry (see {@code bound.Tape}).
 *
 * @param value x
 * @param tangent ẋ
 * @param magnitude V_x
 * @param magnitudeTangent Ṡ_x
 * @param runningDepth K ≥ E_x/(u·V_x) for every entry, and ≥ that of every operation on the way to it
 */
record Signal(double[][] value, double[][] tangent, double[][] magnitude, double[][] magnitudeTangent,
        double runningDepth) {
    /** m rows of n zeros in each of the four, K = 0. */
    static Signal zeros(int examples, int units) {
        return new Signal(new double[examples][units], new double[examples][units], new double[examples][units],
                new double[examples][units], 0);
    }

    /** The same entries with K replaced. */
    Signal withRunningDepth(double k) {
        return new Signal(value, tangent, magnitude, magnitudeTangent, k);
    }

    /**
     * The inputs x of a problem: constants, so their tangents are 0, their magnitudes |x| and no parameter reaches
     * them.
     */
    static Signal constants(double[][] values) {
        Signal signal = zeros(values.length, values[0].length);
        for (int e = 0; e < values.length; e++) {
            for (int i = 0; i < values[e].length; i++) {
                signal.value[e][i] = values[e][i];
                signal.magnitude[e][i] = Math.abs(values[e][i]);
            }
        }
        return signal;
    }

    int examples() {
        return value.length;
    }

    int units() {
        return value[0].length;
    }
}
