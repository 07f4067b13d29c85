package dev.bprop.benchmarks;

import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Arrays;
import java.util.Locale;

/**
 * The element-wise verdict's cost as a multiple of the reference's gradient, measured in pairs: each pair times one
 * verdict ({@link OracleBenchmark#verdict}'s) and, right after it, one gradient, so that both see the same load on a
 * shared machine, where JMH's averages of the two, taken minutes apart, can differ by a factor of 3 in either
 * direction. Prints the median of the per-pair ratios with its quartiles, and the ratio of the fastest times.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.bprop.benchmarks.VerdictRatio [WIDTH] [PAIRS]
 * </pre>
 *
 * (width 705 — the 10⁶-weight network — and 40 pairs, after as many for warm-up, unless given).
 */
public final class VerdictRatio {
    private VerdictRatio() {
    }

    public static void main(String[] args) {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 705;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Problem problem = Network.problem(width);
        Result expected = Backpropagation.gradient(problem);
        Result found = OracleBenchmark.perturbed(expected, 1 + 1e-13);
        Sides sides = Sides.referenceAgainst(Precision.FLOAT64);
        for (int warmUp = 0; warmUp < pairs; warmUp++) {
            MlpComparison.of(problem, expected, found, sides).passed();
            Backpropagation.gradient(problem);
        }
        double[] verdict = new double[pairs];
        double[] gradient = new double[pairs];
        double[] ratio = new double[pairs];
        boolean passed = true;
        for (int pair = 0; pair < pairs; pair++) {
            long start = System.nanoTime();
            passed &= MlpComparison.of(problem, expected, found, sides).passed();
            long between = System.nanoTime();
            Backpropagation.gradient(problem);
            long end = System.nanoTime();
            verdict[pair] = (between - start) / 1e6;
            gradient[pair] = (end - between) / 1e6;
            ratio[pair] = verdict[pair] / gradient[pair];
        }
        Arrays.sort(verdict);
        Arrays.sort(gradient);
        Arrays.sort(ratio);
        System.out.printf(Locale.ROOT, "%d weights, %d pairs: verdict median %.2f ms (fastest %.2f), reference "
                + "gradient median %.2f ms (fastest %.2f); verdict / gradient per pair: median %.2f (quartiles "
                + "%.2f–%.2f), fastest / fastest %.2f; every verdict passed: %b%n", Network.weights(width), pairs,
                verdict[pairs / 2], verdict[0], gradient[pairs / 2], gradient[0], ratio[pairs / 2], ratio[pairs / 4],
                ratio[3 * pairs / 4], verdict[0] / gradient[0], passed);
    }
}
