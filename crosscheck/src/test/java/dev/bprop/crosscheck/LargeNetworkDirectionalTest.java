package dev.bprop.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.compare.DirectionalCheck;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.oracle.tangent.MatrixForwardMode;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * CMP-DIRECTIONAL on networks of about 10⁵ and 10⁶ weights: the reference's gradient against forward-mode AD along
 * random directions, each one O(w·m) pass — the oracle's matrix route, itself held to DerivativeStructure at 10⁵.
 * (The benchmarks module's {@code OracleBenchmark} times it.)
 */
class LargeNetworkDirectionalTest {
    private static final long SEED = Long.getLong("QT_SEED", 0);

    /** A random tanh → relu → softmax network with cross entropy; weights uniform in ±1/√n_(l−1). */
    static Problem network(int[] widths, int batch, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Activation[] activations = {Activation.TANH, Activation.RELU};
        List<Layer> layers = new java.util.ArrayList<>();
        for (int l = 1; l < widths.length; l++) {
            double scale = 1 / Math.sqrt(widths[l - 1]);
            double[][] weights = new double[widths[l]][widths[l - 1]];
            for (double[] row : weights) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = random.nextDouble(-scale, scale);
                }
            }
            double[] bias = random.doubles(widths[l], -0.1, 0.1).toArray();
            Activation activation = l == widths.length - 1 ? Activation.SOFTMAX : activations[(l - 1) % 2];
            layers.add(new Layer(activation, weights, bias));
        }
        double[][] inputs = new double[batch][];
        double[][] targets = new double[batch][widths[widths.length - 1]];
        for (int e = 0; e < batch; e++) {
            inputs[e] = random.doubles(widths[0], -1, 1).toArray();
            targets[e][random.nextInt(targets[e].length)] = 1;
        }
        return new Problem("large", layers, Loss.CROSS_ENTROPY, inputs, targets);
    }

    @Test
    void cmpDirectional_aNetworkOfAHundredThousandWeightsAgreesAlongRandomDirections() {
        Problem problem = network(new int[] {100, 300, 200, 10}, 2, SEED);
        ProblemObjective objective = new ProblemObjective(problem);
        double[] reference = objective.flatten(Backpropagation.gradient(problem));
        assertEquals(92_510, objective.dimension());
        for (long direction = SEED; direction < SEED + 3; direction++) {
            ElementComparison check = DirectionalCheck.of(objective, reference, "reference", direction);
            assertEquals(Verdict.AGREES, check.verdict(), check.toString());
        }
    }

    /**
     * At 10⁵ weights the matrix route's gᵀv and DerivativeStructure's agree within the sum of their rounding bounds,
     * and the two bounds are the same Σ|v_k|·b_k up to D: the matrix route's D is the tape's or more, at most about
     * twice it — its running-error depth K bounds the n partial sums of each dot product by the whole sum, where the
     * tape adds up their actual magnitudes (about half as much), and softmax's division by the sum of shared
     * exponentials doubles that K.
     */
    @Test
    void cmpDirectional_theMatrixRouteAgreesWithDerivativeStructureAtAHundredThousandWeights() {
        ProblemObjective objective = new ProblemObjective(network(new int[] {100, 300, 200, 10}, 2, SEED));
        double[] direction = ForwardMode.randomDirection(objective.dimension(), SEED);
        MatrixForwardMode.Directional matrix = MatrixForwardMode.along(objective, direction);
        double tapeBound = RoundingBound.of(objective).along(direction);
        assertEquals(ForwardMode.directionalDerivative(objective, direction), matrix.derivative(),
                matrix.roundingBound() + tapeBound, "seed " + SEED);
        assertTrue(matrix.roundingBound() >= tapeBound && matrix.roundingBound() <= 2.5 * tapeBound,
                matrix.roundingBound() + " against the tape's " + tapeBound + ", seed " + SEED);
    }

    /**
     * A float32 leak (every component rounded to float) is caught along a random direction: at 785 weights on the
     * DerivativeStructure route and at 1 355 weights on the matrix route.
     *
     * <p>Not at 10⁵ or 10⁶: there the worst-case bound 2·Σ_k |v_k|·b_k of CMP-DIRECTIONAL exceeds the leak's
     * Σ_k v_k·(g_k − float(g_k)) by factors of 10³ to 10⁷, because CMP-TOLERANCE's S_k (sums of |W| and of the
     * curvature terms |φ''|·V over the layers) outgrows |g_k| with width and depth. Both routes give the same bound.
     */
    @Test
    void cmpDirectional_aFloat32LeakIsCaught() {
        int[][] shapes = {{20, 30, 5}, {20, 30, 20, 5}};
        for (int[] shape : shapes) {
            Problem problem = network(shape, 2, SEED);
            ProblemObjective objective = new ProblemObjective(problem);
            double[] gradient = objective.flatten(Backpropagation.gradient(problem));
            ElementComparison exact = DirectionalCheck.of(objective, gradient, "reference", SEED);
            assertEquals(Verdict.AGREES, exact.verdict(), exact + ", seed " + SEED);
            for (int k = 0; k < gradient.length; k++) {
                gradient[k] = (float) gradient[k];
            }
            ElementComparison leak = DirectionalCheck.of(objective, gradient, "float32 leak", SEED);
            assertEquals(Verdict.DISAGREES, leak.verdict(), objective.dimension() + " weights: " + leak + ", seed " + SEED);
        }
    }

    /** About 10⁶ weights (705 → 705 → 705 → 10, batch 64, as the benchmark networks): the reference agrees. */
    @Test
    void cmpDirectional_aNetworkOfAMillionWeightsAgrees() {
        Problem problem = network(new int[] {705, 705, 705, 10}, 64, SEED);
        ProblemObjective objective = new ProblemObjective(problem);
        assertEquals(1_002_520, objective.dimension());
        double[] reference = objective.flatten(Backpropagation.gradient(problem));
        ElementComparison check = DirectionalCheck.of(objective, reference, "reference", SEED);
        assertEquals(Verdict.AGREES, check.verdict(), check + ", seed " + SEED);
        assertTrue(check.toleranceOrigin().contains("matrix forward mode"), check.toleranceOrigin());
    }
}
