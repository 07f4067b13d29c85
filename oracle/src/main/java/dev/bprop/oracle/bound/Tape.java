package dev.bprop.oracle.bound;

import dev.bprop.oracle.arith.Arithmetic;
import dev.bprop.oracle.arith.DoubleArithmetic;
import java.util.ArrayList;
import java.util.List;

/**
 * A record of every operation of one evaluation, in order, with the magnitudes of clause CMP-TOLERANCE
 * (Higham's running error analysis, <i>Accuracy and Stability of Numerical Algorithms</i>, §3): each node
 * carries V, a bound on the terms its value is made of, and the magnitude P of each partial derivative, so that
 * a backward sweep gives S_k = Σ over the paths from θ_k to f of Π P — Σ|terms| of ∂f/∂θ_k.
 *
 * <p>For an operation c = φ(a) the magnitudes are V_c = |φ(a)| + |φ'(a)|·V_a (the argument's error carried
 * through, first order) and P = M(φ') + |φ''|·V_a, where M(φ') is φ' with its differences turned into sums
 * (1 + tanh² for tanh' = 1 − tanh², σ(1 + σ) for σ' = σ(1 − σ)): a double implementation may compute φ' by that
 * formula, whose error is relative to M(φ'), not to φ' — a saturated unit whose φ' rounds to 0 is still in bound.
 */
public final class Tape implements Arithmetic<TapeNode> {
    private static final DoubleArithmetic DOUBLES = new DoubleArithmetic();
    private final List<TapeNode> operations = new ArrayList<>();
    private double runningDepth;

    /** A parameter θ_k, a leaf whose adjoint {@link #sweep} fills with S_k. */
    public TapeNode variable(double value) {
        return TapeNode.leaf(value);
    }

    private TapeNode record(TapeNode node) {
        operations.add(node);
        runningDepth = Math.max(runningDepth, node.runningDepth());
        return node;
    }

    /**
     * K = max_c E_c/(u·V_c) over every operation recorded so far: the most units u·V a value of this evaluation
     * may be off by (CMP-TOLERANCE). It is at most the depth unless a factor is shared (a·a), where it grows faster.
     */
    public double runningDepth() {
        return runningDepth;
    }

    /**
     * The backward sweep: adjoint(f) = 1, then every node passes P·adjoint to its operands, last node first. A
     * node no path reaches (adjoint 0) passes nothing, even where a magnitude has overflowed to ∞ (0·∞ would be NaN).
     */
    public void sweep(TapeNode output) {
        output.adjoint = 1;
        for (int index = operations.size() - 1; index >= 0; index--) {
            TapeNode node = operations.get(index);
            if (node.adjoint == 0) {
                continue;
            }
            node.first.adjoint += node.firstPartial * node.adjoint;
            if (node.second != null) {
                node.second.adjoint += node.secondPartial * node.adjoint;
            }
        }
    }

    /** S_k after {@link #sweep}: Σ|terms| of ∂f/∂θ_k. */
    public double sum(TapeNode variable) {
        return variable.adjoint;
    }

    @Override
    public TapeNode constant(double c) {
        return TapeNode.leaf(c);
    }

    @Override
    public TapeNode fraction(long p, long q) {
        return TapeNode.leaf((double) p / q);
    }

    /** V = V_a + V_b; P = 1, 1. */
    @Override
    public TapeNode add(TapeNode a, TapeNode b) {
        return record(new TapeNode(a.value + b.value, a.magnitude + b.magnitude, a, 1, 1, b, 1, 1));
    }

    /** V = V_a + V_b; P = 1, 1 (the magnitude of −1). */
    @Override
    public TapeNode subtract(TapeNode a, TapeNode b) {
        return record(new TapeNode(a.value - b.value, a.magnitude + b.magnitude, a, 1, 1, b, 1, 1));
    }

    /** V = V_a V_b; P = V_b, V_a; Q = |b|, |a|. */
    @Override
    public TapeNode multiply(TapeNode a, TapeNode b) {
        return record(new TapeNode(a.value * b.value, a.magnitude * b.magnitude, a, b.magnitude, Math.abs(b.value), b,
                a.magnitude, Math.abs(a.value)));
    }

    /** V = V_a / |b|; P = 1/|b|, V_a / b²; Q = 1/|b|, |a| / b². */
    @Override
    public TapeNode divide(TapeNode a, TapeNode b) {
        double reciprocal = 1 / Math.abs(b.value);
        return record(new TapeNode(a.value / b.value, a.magnitude * reciprocal, a, reciprocal, reciprocal, b,
                a.magnitude * reciprocal * reciprocal, Math.abs(a.value) * reciprocal * reciprocal));
    }

    @Override
    public TapeNode negate(TapeNode a) {
        return record(new TapeNode(-a.value, a.magnitude, a, 1, 1, null, 0, 0));
    }

    @Override
    public int signum(TapeNode a) {
        return (int) Math.signum(a.value);
    }

    @Override
    public double value(TapeNode a) {
        return a.value;
    }

    @Override
    public boolean isFinite(TapeNode a) {
        return Double.isFinite(a.value);
    }

    /** φ = φ' = φ'' = e^a. */
    @Override
    public TapeNode exp(TapeNode a) {
        double e = Math.exp(a.value);
        return unary(a, e, e, e, e);
    }

    /** φ' = 1/a, φ'' = −1/a². */
    @Override
    public TapeNode log(TapeNode a) {
        return unary(a, Math.log(a.value), 1 / a.value, 1 / a.value, 1 / (a.value * a.value));
    }

    /** φ' = 1/(1 + a), φ'' = −1/(1 + a)². */
    @Override
    public TapeNode log1p(TapeNode a) {
        double reciprocal = 1 / (1 + a.value);
        return unary(a, Math.log1p(a.value), reciprocal, reciprocal, reciprocal * reciprocal);
    }

    /** φ' = cos a, |φ''| ≤ 1. */
    @Override
    public TapeNode sin(TapeNode a) {
        return unary(a, Math.sin(a.value), Math.cos(a.value), Math.cos(a.value), 1);
    }

    /** |φ'| = |sin a| (only magnitudes enter V and P, so the sign of −sin a is left out), |φ''| ≤ 1. */
    @Override
    public TapeNode cos(TapeNode a) {
        return unary(a, Math.cos(a.value), Math.sin(a.value), Math.sin(a.value), 1);
    }

    /** φ' = 1 − t² with M(φ') = 1 + t², |φ''| = |2t(1 − t²)| ≤ 1; bounded (CMP-FUNCTION). */
    @Override
    public TapeNode tanh(TapeNode a) {
        double t = Math.tanh(a.value);
        return bounded(BoundedFunction.TANH, a, t, 1 - t * t, 1 + t * t, 1);
    }

    /**
     * φ' = σ(1 − σ) with M(φ') = σ(1 + σ), |φ''| ≤ 1/4; σ itself in the stable form of ACT-SIGMOID; bounded
     * (CMP-FUNCTION).
     */
    @Override
    public TapeNode sigmoid(TapeNode a) {
        double s = DOUBLES.sigmoid(a.value);
        return bounded(BoundedFunction.SIGMOID, a, s, s * (1 - s), s * (1 + s), 0.25);
    }

    /**
     * LOSS-STABLE's softplus as one operation: φ' = σ with M(σ) = σ, |φ''| = σ' ≤ 1/4; bounded (CMP-FUNCTION), so
     * that BCE's ∂ℓ/∂z = σ(z) − y keeps an absolute allowance in a saturated tail.
     */
    @Override
    public TapeNode softplus(TapeNode a) {
        double s = DOUBLES.sigmoid(a.value);
        return bounded(BoundedFunction.SOFTPLUS, a, DOUBLES.softplus(a.value), s, s, 0.25);
    }

    /** v = a^b: ∂/∂a = b a^(b−1), ∂/∂b = v ln a (first order: P = |partial|). */
    @Override
    public TapeNode pow(TapeNode a, TapeNode b) {
        double v = Math.pow(a.value, b.value);
        double byBase = Math.abs(b.value * Math.pow(a.value, b.value - 1));
        double byExponent = Math.abs(v * Math.log(a.value));
        return record(new TapeNode(v, Math.abs(v) + byBase * a.magnitude + byExponent * b.magnitude,
                a, byBase, byBase, b, byExponent, byExponent));
    }

    /** v = a^p: φ' = p a^(p−1) (first order: P = |φ'|). */
    @Override
    public TapeNode power(TapeNode a, double p) {
        double slope = p * Math.pow(a.value, p - 1);
        return unary(a, Math.pow(a.value, p), slope, Math.abs(slope), 0);
    }

    /**
     * c = φ(a): V_c = |φ(a)| + |φ'(a)| V_a and P = M(φ') + |φ''| V_a.
     *
     * @param slope φ'(a), or its magnitude: only |φ'(a)| is used
     * @param slopeMagnitude M(φ'), the magnitude of the formula φ' is computed by
     * @param curvature a bound on |φ''| near a
     */
    private TapeNode unary(TapeNode a, double value, double slope, double slopeMagnitude, double curvature) {
        return record(new TapeNode(value, Math.abs(value) + Math.abs(slope) * a.magnitude, a,
                Math.abs(slopeMagnitude) + Math.abs(curvature) * a.magnitude, Math.abs(slope), null, 0, 0));
    }

    /** A {@link #unary} operation of a {@link BoundedFunction}: V and P with the floors of CMP-FUNCTION. */
    private TapeNode bounded(BoundedFunction function, TapeNode a, double value, double slope, double slopeMagnitude,
            double curvature) {
        return record(new TapeNode(value, function.valueMagnitude(value, slope, a.magnitude), a,
                function.partialMagnitude(slopeMagnitude, curvature, a.magnitude), Math.abs(slope), null, 0, 0));
    }
}
