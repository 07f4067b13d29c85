package dev.bprop.conformance.internal.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.internal.problem.EditableProblem;
import dev.bprop.conformance.internal.problem.Kinks;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Random problems from a seed (GD-SEED): weights of scale/√n_(l−1), targets that fit the loss, off the kinks. */
class RandomProblemsTest {
    /** n_0 = 16: weights within 1.5/√16 = 0.375, and spread out to near it; biases within 0.5, inputs within 1. */
    @Test
    void GD_SEED_weightsAreScaledByTheirFanIn() {
        Problem problem = RandomProblems.draw(new SplittableRandom(1), "p", new Architecture(new int[] {16, 8, 2},
                List.of(Activation.TANH, Activation.IDENTITY), Loss.MSE, 5), 1.5, 1e-6);
        assertEquals("p", problem.id().orElseThrow());
        double largest = Arrays.stream(problem.layer(1).weights()).flatMapToDouble(Arrays::stream)
                .map(Math::abs).max().orElseThrow();
        assertTrue(largest <= 0.375 && largest > 0.3, "seed 1: " + largest);
        // n_1 = 8: within 1.5/√8 ≈ 0.53
        assertTrue(Arrays.stream(problem.layer(2).weights()).flatMapToDouble(Arrays::stream)
                .allMatch(w -> Math.abs(w) <= 1.5 / Math.sqrt(8)));
        assertTrue(Arrays.stream(problem.inputs()).flatMapToDouble(Arrays::stream).allMatch(x -> Math.abs(x) <= 1));
        assertEquals(5, problem.batchSize());
    }

    @Test
    void GD_SEED_aZeroBoundGivesZeros() {
        assertArrayEquals(new double[][] {{0, 0}, {0, 0}, {0, 0}}, RandomProblems.matrix(new SplittableRandom(1), 3, 2,
                0));
    }

    /** Probability rows (LOSS-CE): one-hot for some examples, soft for others, each summing to 1. */
    @Test
    void LOSS_CE_targetsAreProbabilityRows() {
        double[][] targets = RandomProblems.targets(new SplittableRandom(2), Loss.CROSS_ENTROPY, Activation.SOFTMAX, 12,
                3);
        int oneHot = 0;
        for (double[] row : targets) {
            assertEquals(1, row[0] + row[1] + row[2], 1e-12, "seed 2: " + Arrays.toString(row));
            assertTrue(Arrays.stream(row).allMatch(t -> t >= 0), "seed 2: " + Arrays.toString(row));
            oneHot += Arrays.stream(row).anyMatch(t -> t == 1) ? 1 : 0;
        }
        assertTrue(oneHot > 0 && oneHot < 12, "seed 2: " + oneHot + " one-hot rows of 12");
    }

    /** LOSS-BCE: entries in [0, 1], not only 0 and 1. */
    @Test
    void LOSS_BCE_targetsAreInTheUnitInterval() {
        double[][] targets = RandomProblems.targets(new SplittableRandom(3), Loss.BINARY_CROSS_ENTROPY,
                Activation.SIGMOID, 6, 2);
        assertTrue(Arrays.stream(targets).flatMapToDouble(Arrays::stream).allMatch(t -> t > 0 && t < 1),
                Arrays.deepToString(targets));
    }

    /** LOSS-MSE: in [0, 1] after sigmoid or softmax, in [−1, 1] (negative ones too) after the others. */
    @Test
    void LOSS_MSE_targetsInTheRangeOfTheLastActivation() {
        for (Activation unit : List.of(Activation.SIGMOID, Activation.SOFTMAX)) {
            double[][] targets = RandomProblems.targets(new SplittableRandom(4), Loss.MSE, unit, 8, 2);
            assertTrue(Arrays.stream(targets).flatMapToDouble(Arrays::stream).allMatch(t -> t > 0 && t < 1), unit
                    + ": " + Arrays.deepToString(targets));
        }
        double[][] targets = RandomProblems.targets(new SplittableRandom(4), Loss.MSE, Activation.TANH, 8, 2);
        assertTrue(Arrays.stream(targets).flatMapToDouble(Arrays::stream).allMatch(t -> t >= -1 && t < 1));
        assertTrue(Arrays.stream(targets).flatMapToDouble(Arrays::stream).anyMatch(t -> t < 0));
        assertTrue(Arrays.stream(targets).flatMapToDouble(Arrays::stream).anyMatch(t -> t > 0));
    }

    /**
     * relu units with z exactly on the kink (w = 1, x = 0, b = 0) in layer 1 and in the last layer 2: each bias is
     * moved by up to ±0.25 until z is a margin of 0.2 away, which takes several moves as often as not.
     */
    @Test
    void ACT_KINK_unitsOnAKinkAreMovedOffIt() {
        for (long seed = 0; seed < 6; seed++) {
            EditableProblem problem = EditableProblem.of(new Problem(null, List.of(
                    new Layer(Activation.RELU, new double[][] {{1}, {1}}, new double[] {2, 0}),
                    new Layer(Activation.RELU, new double[][] {{0, 0}}, new double[] {0})), Loss.MSE,
                    new double[][] {{0}}, new double[][] {{1}}));
            Problem moved = RandomProblems.offTheKinks(new SplittableRandom(seed), problem, 0.2);
            assertFalse(Kinks.anyNear(moved, 0.2), "seed " + seed + ": " + moved);
            assertEquals(2, moved.layer(1).bias()[0], "seed " + seed + ": unit 0 was off the kink");
        }
    }

    @Test
    void ACT_KINK_withoutAMarginNothingMoves() {
        Problem onKink = new Problem(null, List.of(new Layer(Activation.RELU, new double[][] {{1}},
                new double[] {0})), Loss.MSE, new double[][] {{0}}, new double[][] {{1}});
        assertEquals(onKink, RandomProblems.offTheKinks(new SplittableRandom(1), EditableProblem.of(onKink), 0));
    }

    @Test
    void FMT_PROBLEM_oneActivationPerLayer() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Architecture(
                new int[] {2, 3}, List.of(Activation.TANH, Activation.IDENTITY), Loss.MSE, 1));
        assertEquals(2, new Architecture(new int[] {2, 3, 1}, List.of(Activation.TANH, Activation.IDENTITY), Loss.MSE,
                1).depth());
    }
}
