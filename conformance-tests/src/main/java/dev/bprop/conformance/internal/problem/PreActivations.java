package dev.bprop.conformance.internal.problem;

import dev.bprop.oracle.arith.DoubleArithmetic;
import dev.bprop.oracle.objective.Forward;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.mlp.Problem;
import java.util.Arrays;
import java.util.List;

/**
 * The forward pass (clauses FWD-Z, FWD-A) in doubles, as far as the generators and the shrinker need it: z^l and a^l
 * of every layer and example. It is the oracle's forward pass ({@link ProblemObjective#forward}), not the
 * reference's: the problems the suites pose must not depend on the code they may be testing (the reference itself,
 * under mutation testing).
 */
public final class PreActivations {
    private final double[][][] z;
    private final double[][][] a;

    private PreActivations(double[][][] z, double[][][] a) {
        this.z = z;
        this.a = a;
    }

    public static PreActivations of(Problem problem) {
        ProblemObjective objective = new ProblemObjective(problem);
        List<Double> point = Arrays.stream(objective.point()).boxed().toList();
        Forward<Double> forward = objective.forward(point, new DoubleArithmetic());
        return new PreActivations(unboxed(forward.z()), unboxed(forward.a()));
    }

    private static double[][][] unboxed(List<List<List<Double>>> layers) {
        return layers.stream().map(rows -> rows.stream().map(row -> row.stream().mapToDouble(Double::doubleValue)
                .toArray()).toArray(double[][]::new)).toArray(double[][][]::new);
    }

    /** z^l_ej for l = 1..L. */
    public double z(int l, int e, int j) {
        return z[l][e][j];
    }

    /** The rows a^l_e of all examples for l = 0..L (a^0 = x); a copy. */
    public double[][] activations(int l) {
        double[][] copy = new double[a[l].length][];
        for (int e = 0; e < copy.length; e++) {
            copy[e] = a[l][e].clone();
        }
        return copy;
    }

    /** max over examples and units of |z^l|. */
    public double largestMagnitude(int l) {
        double largest = 0;
        for (double[] row : z[l]) {
            for (double value : row) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        return largest;
    }
}
