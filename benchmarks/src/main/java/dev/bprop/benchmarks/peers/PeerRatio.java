package dev.bprop.benchmarks.peers;

import dev.bprop.benchmarks.Network;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Problem;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;

/**
 * The peers' whole gradient as a multiple of the reference's, measured in rounds: each round times one reference
 * gradient and, right after it, one DL4J gradient and one DJL gradient, so that all three see the same load on a
 * shared machine (see {@code VerdictRatio} for why JMH's averages, taken minutes apart, do not). Prints the median
 * of the per-round ratios with their quartiles. Needs a jar built with {@code -Ppeers}, and
 * {@code OMP_NUM_THREADS=1}:
 *
 * <pre>
 * OMP_NUM_THREADS=1 java -cp benchmarks/target/benchmarks.jar dev.bprop.benchmarks.peers.PeerRatio [WIDTH] [ROUNDS]
 * </pre>
 *
 * (width 705 — the 10⁶-weight network — and 40 rounds, after as many for warm-up, unless given).
 */
public final class PeerRatio {
    private PeerRatio() {
    }

    public static void main(String[] args) {
        int width = args.length > 0 ? Integer.parseInt(args[0]) : 705;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Problem problem = Network.problem(width);
        Dl4jMlp dl4j = new Dl4jMlp(problem);
        try (DjlMlp djl = new DjlMlp(problem)) {
            DoubleSupplier[] gradients = {() -> Backpropagation.gradient(problem).loss(), dl4j::gradient,
                    djl::gradient};
            for (int warmUp = 0; warmUp < rounds; warmUp++) {
                for (DoubleSupplier gradient : gradients) {
                    gradient.getAsDouble();
                }
            }
            double[][] millis = new double[gradients.length][rounds];
            for (int round = 0; round < rounds; round++) {
                for (int g = 0; g < gradients.length; g++) {
                    long start = System.nanoTime();
                    gradients[g].getAsDouble();
                    millis[g][round] = (System.nanoTime() - start) / 1e6;
                }
            }
            System.out.printf(Locale.ROOT, "%d weights, %d rounds: reference gradient median %.2f ms; DL4J %s; "
                    + "DJL (PyTorch) %s%n", Network.weights(width), rounds, median(millis[0]),
                    againstReference(millis[1], millis[0]), againstReference(millis[2], millis[0]));
        }
    }

    /** "median M ms, per round over the reference: median R (quartiles Q1–Q3)". */
    private static String againstReference(double[] peer, double[] reference) {
        double[] ratio = new double[peer.length];
        for (int round = 0; round < peer.length; round++) {
            ratio[round] = peer[round] / reference[round];
        }
        Arrays.sort(ratio);
        int n = ratio.length;
        return String.format(Locale.ROOT, "median %.2f ms, per round over the reference: median %.2f (quartiles "
                + "%.2f–%.2f)", median(peer), ratio[n / 2], ratio[n / 4], ratio[3 * n / 4]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
