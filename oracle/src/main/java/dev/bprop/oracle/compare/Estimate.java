package dev.bprop.oracle.compare;

/**
 * One method's answer for ∇f: its name, the w values, and what the comparison must allow it.
 *
 * @param method who computed it ("reference", "DerivativeStructure", "finite differences", "exact fractions")
 * @param values ∂f/∂θ_k, w entries
 * @param errors the method's own error estimate per component (finite differences: Richardson's; exact
 *        fractions: ½ ulp of the rounding to double; 0 for a float64 computation, whose error is the rounding bound)
 * @param atKink per component, whether the method cannot speak there (finite differences at a kink, ACT-KINK)
 * @param float64 whether the values were computed in float64 arithmetic and so carry the rounding bound
 *        b_k of CMP-TOLERANCE
 */
public record Estimate(String method, double[] values, double[] errors, boolean[] atKink, boolean float64) {
    public Estimate {
        values = values.clone();
        errors = errors.clone();
        atKink = atKink.clone();
    }

    /** A float64 computation: no error of its own beyond rounding, no kinks it cannot judge. */
    public static Estimate float64(String method, double[] values) {
        return new Estimate(method, values, new double[values.length], new boolean[values.length], true);
    }

    /** Exact fractions rounded to the nearest double: error ½ ulp (CMP-ULPS). */
    public static Estimate exact(String method, double[] nearestDoubles) {
        double[] errors = new double[nearestDoubles.length];
        for (int k = 0; k < errors.length; k++) {
            errors[k] = Math.ulp(nearestDoubles[k]) / 2;
        }
        return new Estimate(method, nearestDoubles, errors, new boolean[nearestDoubles.length], false);
    }

    public double value(int k) {
        return values[k];
    }

    public double error(int k) {
        return errors[k];
    }

    public boolean atKink(int k) {
        return atKink[k];
    }

    public int size() {
        return values.length;
    }
}
