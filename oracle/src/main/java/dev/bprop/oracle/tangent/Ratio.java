package dev.bprop.oracle.tangent;

/** E/(u·V), the running-error depth of one value (CMP-TOLERANCE), from E/u and V. */
final class Ratio {
    private Ratio() {
    }

    /** E/(u·V); 0 for a value of magnitude 0, which has no rounding error to carry. */
    static double of(double error, double magnitude) {
        return magnitude == 0 ? 0 : error / magnitude;
    }
}
