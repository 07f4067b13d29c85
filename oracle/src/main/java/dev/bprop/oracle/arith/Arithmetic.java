package dev.bprop.oracle.arith;

/**
 * The numbers a formula is evaluated in. Each oracle writes the loss J(θ) of a problem or the value of a graph
 * once, generically, and evaluates it in its own number type: doubles for finite differences, commons-math3
 * {@code DerivativeStructure} for forward-mode AD, exact fractions with a tangent for the exact gradient, and a
 * tape of magnitudes for the rounding bound of clause CMP-TOLERANCE.
 *
 * <p>The functions with kinks follow clause ACT-KINK through {@link #signum}: the branch for z &gt; 0 is the
 * right-hand piece and every other z takes the left-hand one, so any number type that carries derivatives gets
 * relu'(0) = 0, leaky_relu'(0) = 0.1 and hardtanh'(±1) = 0 without a special case.
 *
 * @param <T> the number type
 */
public interface Arithmetic<T> {
    /** The double c, exactly. */
    T constant(double c);

    /** p/q: exactly where the number type is exact, else the nearest double (the leaky slope 0.1, ACT-LEAKY-RELU). */
    T fraction(long p, long q);

    T add(T a, T b);

    T subtract(T a, T b);

    T multiply(T a, T b);

    T divide(T a, T b);

    T negate(T a);

    /** The sign of the value of a, −1, 0 or 1: the only way a formula may branch. */
    int signum(T a);

    /** The value of a, rounded to a double where it is not one. */
    double value(T a);

    /** Whether the value and every derivative a carries are finite (clause E-EVAL). */
    boolean isFinite(T a);

    /** e^a. */
    T exp(T a);

    /** ln a, for a &gt; 0. */
    T log(T a);

    /** ln(1 + a), accurate for small a. */
    T log1p(T a);

    T sin(T a);

    T cos(T a);

    /** tanh a, with tanh' = 1 − tanh² (ACT-TANH). */
    T tanh(T a);

    /** a^b for a &gt; 0 and b a variable (GBP-OP-POW). */
    T pow(T a, T b);

    /** a^p for a constant exponent p ≠ 0 (GBP-OP-POW): ∂/∂a = p·a^(p−1). */
    T power(T a, double p);

    /**
     * ACT-SIGMOID, stable: σ(z) = 1/(1 + e^(−z)) for z ≥ 0 and e^z/(1 + e^z) for z &lt; 0, so that no e^|z| is
     * formed and σ'(±800) is a tiny finite number or 0, never NaN.
     */
    default T sigmoid(T z) {
        T one = constant(1);
        if (signum(z) >= 0) {
            return divide(one, add(one, exp(negate(z))));
        }
        T ez = exp(z);
        return divide(ez, add(one, ez));
    }

    /** ACT-RELU with ACT-KINK: max(0, z), slope 0 at z = 0. */
    default T relu(T z) {
        return signum(z) > 0 ? z : constant(0);
    }

    /** ACT-LEAKY-RELU with ACT-KINK: z for z &gt; 0, 0.1·z otherwise, slope 0.1 at z = 0. */
    default T leakyRelu(T z) {
        return signum(z) > 0 ? z : multiply(fraction(1, 10), z);
    }

    /** ACT-HARDTANH with ACT-KINK: z strictly inside (−1, 1), the constant ±1 elsewhere, slope 0 at ±1. */
    default T hardtanh(T z) {
        if (signum(subtract(z, constant(1))) >= 0) {
            return constant(1);
        }
        if (signum(add(z, constant(1))) <= 0) {
            return constant(-1);
        }
        return z;
    }

    /**
     * LOSS-STABLE: softplus(z) = max(z, 0) + ln(1 + e^(−|z|)), which never forms e^|z| (the BCE loss is
     * softplus(z) − y·z).
     */
    default T softplus(T z) {
        boolean positive = signum(z) > 0;
        T positivePart = positive ? z : constant(0);
        T minusAbs = positive ? negate(z) : z;
        return add(positivePart, log1p(exp(minusAbs)));
    }

    /** The larger of a and b (a when equal): the shift M = max_j z_j of log-sum-exp (ACT-SOFTMAX). */
    default T max(T a, T b) {
        return signum(subtract(b, a)) > 0 ? b : a;
    }
}
