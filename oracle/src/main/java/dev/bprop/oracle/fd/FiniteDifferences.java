package dev.bprop.oracle.fd;

import dev.bprop.oracle.arith.DoubleArithmetic;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.Objective;
import dev.bprop.oracle.objective.NotFiniteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ∇f by finite differences, every component with an error estimate, kinks detected rather than compared.
 *
 * <p><b>Step.</b> For θ_k the largest step is h₀ = u^(1/5)·max(|θ_k|, 1) (u = 2^(−53)), the step that balances
 * the O(h⁴) truncation error of a once-extrapolated central difference against the O(u/h) rounding error of f,
 * rounded so that θ_k ± h is exact. Steps h_i = h₀/2^i, i = 0 … 3, are each used in a central difference
 * D(h_i) = (f(θ + h_i e_k) − f(θ − h_i e_k))/(2h_i), and Richardson's tableau (Ridders' method)
 * T_i,j = (4^j T_i,j−1 − T_i−1,j−1)/(4^j − 1) removes the h², h⁴, … terms; the estimate is the entry whose
 * differences from its two neighbours, max(|T_i,j − T_i,j−1|, |T_i,j − T_i−1,j−1|), are smallest, and that
 * difference, times 2 for safety, is its error estimate, never below the rounding floor 2·b_f/h of the smallest
 * step used, b_f = D·(u·V + η) being CMP-VALUE's bound on the rounding error of one evaluation of f (V its
 * magnitude, D its depth, from the {@link RoundingBound}): under cancellation f's rounding error is relative to V,
 * not to |f|, and a loss summed over many examples is rounded once per example, not once.
 *
 * <p><b>Kinks.</b> The pieces of every relu, leaky_relu and hardtanh argument (every unit, every example) are
 * traced at θ and θ ± h₀ e_k; if they differ, the component is at a kink (ACT-KINK 1). A unit sitting on a kink
 * that θ_k does not move (relu(w·0 + b) for the weight w) changes no piece and leaves the component smooth.
 * Then the one-sided slopes are measured with the step h₀/2^10 and one Richardson step, R = 2D(h/2) − D(h).
 */
public final class FiniteDifferences {
    private static final double STEP_SCALE = Math.pow(0x1p-53, 0.2);
    private static final int LEVELS = 4;
    private static final int ONE_SIDED_SHRINK = 10;
    /** Ridders' error is an estimate, within a factor of about 1.2 of the actual error in our cross-checks. */
    private static final double SAFETY = 2;
    /** The central difference when θ ± h₀ leaves the domain of f: no value, no bound. */
    private static final Slope UNAVAILABLE = new Slope(Double.NaN, Double.POSITIVE_INFINITY);

    private final Objective objective;
    private final List<Double> theta;
    private final List<Integer> piecesAtPoint;
    private final double valueBound;

    private FiniteDifferences(Objective objective) {
        this.objective = objective;
        this.theta = new ArrayList<>(objective.dimension());
        for (int k = 0; k < objective.dimension(); k++) {
            theta.add(objective.parameter(k));
        }
        PieceTrace trace = new PieceTrace();
        objective.evaluate(theta, trace);
        this.piecesAtPoint = trace.pieces();
        this.valueBound = RoundingBound.of(objective).value().of(Precision.FLOAT64);
    }

    /** Every component of ∇f: 2·4 evaluations of f each, 4 more at a kink. */
    public static List<FdComponent> gradient(Objective objective) {
        FiniteDifferences differences = new FiniteDifferences(objective);
        List<FdComponent> components = new ArrayList<>(objective.dimension());
        for (int k = 0; k < objective.dimension(); k++) {
            components.add(differences.component(k));
        }
        return components;
    }

    /** h₀ = u^(1/5)·max(|θ|, 1), made exact: (θ + h) − θ. */
    static double largestStep(double parameter) {
        double step = STEP_SCALE * Math.max(Math.abs(parameter), 1);
        return (parameter + step) - parameter;
    }

    private FdComponent component(int k) {
        double origin = theta.get(k);
        double step = largestStep(origin);
        Slope central = UNAVAILABLE;
        try {
            PieceTrace above = new PieceTrace();
            PieceTrace below = new PieceTrace();
            double up = at(k, origin + step, above);
            double down = at(k, origin - step, below);
            central = extrapolatedCentral(k, origin, step, up, down);
            if (above.pieces().equals(piecesAtPoint) && below.pieces().equals(piecesAtPoint)) {
                return new FdComponent(central, false, Optional.empty(), Optional.empty());
            }
        } catch (NotFiniteException outsideTheDomain) {
            // θ ± h left the objective's domain (a pow base crossing 0, say): the same as a kink for the
            // central difference, and the one-sided slopes below say what can be said.
        }
        double small = step / (1 << ONE_SIDED_SHRINK);
        double level = at(k, origin, new DoubleArithmetic());
        return new FdComponent(central, true, oneSided(k, origin, -small, level), oneSided(k, origin, small, level));
    }

    /** D(h₀/2^i), i = 0 … LEVELS − 1, extrapolated; f(θ ± h₀ e_k) are given. */
    private Slope extrapolatedCentral(int k, double origin, double step, double up, double down) {
        double[] differences = new double[LEVELS];
        differences[0] = (up - down) / (2 * step);
        double h = step;
        for (int i = 1; i < LEVELS; i++) {
            h /= 2;
            differences[i] = (at(k, origin + h, new DoubleArithmetic()) - at(k, origin - h, new DoubleArithmetic()))
                    / (2 * h);
        }
        Slope extrapolated = ridders(differences);
        return new Slope(extrapolated.value(), SAFETY * Math.max(extrapolated.error(), roundingFloor(valueBound, h)));
    }

    /**
     * Ridders' tableau over central differences D(h), D(h/2), D(h/4), …: T_i,0 = D(h/2^i) and
     * T_i,j = (4^j T_i,j−1 − T_i−1,j−1)/(4^j − 1). The estimate is the entry T_i,j (j ≥ 1) whose larger
     * difference from its two neighbours, max(|T_i,j − T_i,j−1|, |T_i,j − T_i−1,j−1|), is smallest, the later
     * entry on a tie; its error is that difference (before the safety factor and the rounding floor).
     */
    static Slope ridders(double[] differences) {
        int levels = differences.length;
        double[][] tableau = new double[levels][levels];
        tableau[0][0] = differences[0];
        double best = differences[0];
        double error = Double.POSITIVE_INFINITY;
        for (int i = 1; i < levels; i++) {
            tableau[i][0] = differences[i];
            double factor = 4;
            for (int j = 1; j <= i; j++) {
                tableau[i][j] = (factor * tableau[i][j - 1] - tableau[i - 1][j - 1]) / (factor - 1);
                factor *= 4;
                double difference = Math.max(Math.abs(tableau[i][j] - tableau[i][j - 1]),
                        Math.abs(tableau[i][j] - tableau[i - 1][j - 1]));
                if (difference <= error) {
                    error = difference;
                    best = tableau[i][j];
                }
            }
        }
        return new Slope(best, error);
    }

    /**
     * The one-sided slope (f(θ + h e_k) − f(θ))/h with one Richardson step, R = 2D(h/2) − D(h) (first-order
     * error term removed); h &lt; 0 gives the left-hand slope. Empty when θ + h leaves the domain.
     */
    private Optional<Slope> oneSided(int k, double origin, double step, double level) {
        try {
            double whole = (at(k, origin + step, new DoubleArithmetic()) - level) / step;
            double half = (at(k, origin + step / 2, new DoubleArithmetic()) - level) / (step / 2);
            return Optional.of(new Slope(2 * half - whole,
                    SAFETY * Math.max(Math.abs(half - whole), roundingFloor(valueBound, Math.abs(step) / 2))));
        } catch (NotFiniteException outsideTheDomain) {
            return Optional.empty();
        }
    }

    /** 2·b_f/h: the rounding errors of the two evaluations of f, each at most b_f, divided by the step. */
    static double roundingFloor(double valueBound, double step) {
        return 2 * valueBound / step;
    }

    private double at(int k, double parameter, DoubleArithmetic arithmetic) {
        double kept = theta.get(k);
        theta.set(k, parameter);
        try {
            return objective.evaluate(theta, arithmetic);
        } finally {
            theta.set(k, kept);
        }
    }
}
