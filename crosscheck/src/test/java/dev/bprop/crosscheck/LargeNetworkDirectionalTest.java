package dev.bprop.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bprop.oracle.compare.DirectionalCheck;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * CMP-DIRECTIONAL on a network of about 10⁵ weights: the reference's gradient against forward-mode AD along
 * random directions, each one O(w·m) pass. ({@link OracleBenchmark} measures 10⁶.)
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

    /** A float32 leak (every component rounded to float) is caught along a random direction. */
    @Test
    void cmpDirectional_aFloat32LeakIsCaught() {
        Problem problem = network(new int[] {20, 30, 20, 5}, 2, SEED);
        ProblemObjective objective = new ProblemObjective(problem);
        double[] leaky = objective.flatten(Backpropagation.gradient(problem));
        for (int k = 0; k < leaky.length; k++) {
            leaky[k] = (float) leaky[k];
        }
        assertFalse(DirectionalCheck.of(objective, leaky, "float32 leak", SEED).verdict() == Verdict.AGREES);
    }
}
