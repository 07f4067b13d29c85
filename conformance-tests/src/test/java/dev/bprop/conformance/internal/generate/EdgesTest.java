package dev.bprop.conformance.internal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.internal.problem.PreActivations;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The edge cases every backpropagation must survive, by construction, over seeds 0–7 (printed on failure). */
class EdgesTest {
    private static final List<Activation> HIDDEN = List.of(Activation.TANH, Activation.RELU);

    @Test
    void BP2_everyLayerOneUnitWide() {
        for (long seed = 0; seed < 4; seed++) {
            Problem problem = Edges.widthOne(new SplittableRandom(seed), HIDDEN, 1e-6);
            assertEquals(List.of(Activation.TANH, Activation.RELU, Activation.IDENTITY), problem.layers().stream()
                    .map(Layer::activation).toList(), "seed " + seed);
            assertTrue(IntStream.rangeClosed(0, 3).allMatch(l -> problem.width(l) == 1), "seed " + seed);
        }
    }

    /** One example; output widths of at least 2 that vary (max(2, a log-uniform draw)). */
    @Test
    void BP_BATCH_oneExample() {
        Set<Integer> outputs = new HashSet<>();
        for (long seed = 0; seed < 8; seed++) {
            Problem problem = Edges.batchOne(new SplittableRandom(seed), HIDDEN, 1e-6);
            assertEquals(1, problem.batchSize(), "seed " + seed);
            assertEquals(3, problem.depth(), "seed " + seed);
            outputs.add(problem.width(3));
        }
        assertTrue(outputs.stream().allMatch(w -> w >= 2) && outputs.size() > 1, outputs::toString);
    }

    /** Units 0, 2, 4, … of layer 1 get b = −10 (moved at most a little off a kink): z < 0 for every example. */
    @Test
    void ACT_RELU_halfTheUnitsOfTheFirstLayerAreDead() {
        Set<Integer> widths = new HashSet<>();
        for (long seed = 0; seed < 8; seed++) {
            Problem problem = Edges.deadRelus(new SplittableRandom(seed), 1e-6);
            PreActivations z = PreActivations.of(problem);
            widths.add(problem.width(1) % 2);
            for (int j = 0; j < problem.width(1); j += 2) {
                assertTrue(problem.layer(1).bias()[j] < -5, "seed " + seed + ", unit " + j);
                for (int e = 0; e < problem.batchSize(); e++) {
                    assertTrue(z.z(1, e, j) < 0, "seed " + seed + ", unit " + j + ", example " + e);
                }
            }
            for (int j = 1; j < problem.width(1); j += 2) {
                assertTrue(Math.abs(problem.layer(1).bias()[j]) < 5, "seed " + seed + ", unit " + j);
            }
        }
        assertEquals(Set.of(0, 1), widths, "odd and even widths");
    }

    /** Weights of scale 200 on the first layer: |z^1| in the hundreds for some unit and example. */
    @Test
    void ACT_SIGMOID_ACT_TANH_saturatedUnits() {
        for (long seed = 0; seed < 4; seed++) {
            Problem problem = Edges.saturated(new SplittableRandom(seed), Activation.TANH, 1e-6);
            assertEquals(List.of(Activation.TANH, Activation.IDENTITY), problem.layers().stream()
                    .map(Layer::activation).toList());
            assertTrue(PreActivations.of(problem).largestMagnitude(1) > 20, "seed " + seed);
        }
    }

    @Test
    void BP4_everyWeightZero() {
        for (long seed = 0; seed < 4; seed++) {
            Problem problem = Edges.zeroWeights(new SplittableRandom(seed), HIDDEN, 1e-6);
            for (Layer layer : problem.layers()) {
                for (double[] row : layer.weights()) {
                    for (double w : row) {
                        assertEquals(0, w, "seed " + seed);
                    }
                }
            }
        }
    }

    /**
     * Inputs ±1 (both signs over the seeds), weights of scale 1000: logits in the hundreds; two to five outputs, so a
     * softmax has classes to overflow between.
     */
    @Test
    void LOSS_STABLE_logitsOfMagnitudeAboutAThousand() {
        Set<Double> inputs = new HashSet<>();
        for (long seed = 0; seed < 8; seed++) {
            Problem problem = Edges.largeLogits(new SplittableRandom(seed), Activation.SOFTMAX, Loss.CROSS_ENTROPY);
            assertEquals(Loss.CROSS_ENTROPY, problem.loss());
            assertTrue(problem.width(1) >= 2 && problem.width(1) <= 5, "seed " + seed);
            for (double[] row : problem.inputs()) {
                for (double x : row) {
                    inputs.add(x);
                }
            }
            assertTrue(PreActivations.of(problem).largestMagnitude(1) > 100, "seed " + seed);
        }
        assertEquals(Set.of(-1.0, 1.0), inputs);
    }
}
