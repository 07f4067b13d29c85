package dev.bprop.conformance.internal.shrink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.json.BpropJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shrinker keeps a candidate only while the failure persists: with a "failure" that needs two examples, a
 * 2-3-2 network of three examples shrinks to one layer, one input, one output, two examples and whole numbers.
 */
class ProblemShrinkerTest {
    private static final Problem TWO_LAYERS = new Problem("shrink-me", List.of(
            new Layer(Activation.TANH, new double[][] {{0.31, -0.72}, {0.55, 0.12}, {-0.43, 0.91}},
                    new double[] {0.11, -0.26, 0.37}),
            new Layer(Activation.IDENTITY, new double[][] {{0.21, -0.64, 0.48}, {-0.83, 0.29, 0.17}},
                    new double[] {0.05, -0.15})),
            Loss.MSE, new double[][] {{0.6, -1.4}, {1.7, 0.3}, {-0.9, 2.2}},
            new double[][] {{0.4, -0.8}, {1.3, 0.6}, {-0.2, 0.9}});

    @Test
    void KIT_SHRINK_shrinksToTheSmallestProblemThatStillFails() {
        Predicate<Problem> needsTwoExamples = problem -> problem.batchSize() >= 2;
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(TWO_LAYERS, needsTwoExamples, 0);
        Problem smallest = shrunk.problem();
        assertEquals(List.of(1, 2, 1, 1), List.of(smallest.depth(), smallest.batchSize(), smallest.width(0),
                smallest.width(1)));
        assertTrue(numbers(smallest).allMatch(x -> x == Math.rint(x)), () -> "not rounded: " + smallest);
        assertTrue(shrunk.steps() >= 6, "steps: " + shrunk.steps());
    }

    @Test
    void KIT_SHRINK_aProblemThatFailsOnlyAsItIsStaysAsItIs() {
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(TWO_LAYERS, TWO_LAYERS::equals, 0);
        assertEquals(TWO_LAYERS, shrunk.problem());
        assertEquals(0, shrunk.steps());
    }

    /** An implementation that errs on a smaller problem ends the shrinking: an error is not the failure shrunk. */
    @Test
    void KIT_SHRINK_anErrorOnACandidateEndsTheShrinking() {
        int[] tried = {0};
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(TWO_LAYERS, candidate -> {
            tried[0]++;
            throw new IllegalStateException("wrapped", new OutOfMemoryError());
        }, 0);
        assertEquals(TWO_LAYERS, shrunk.problem());
        assertEquals(1, tried[0]);
    }

    @Test
    void KIT_SHRINK_droppingTheFirstLayerFeedsItsActivationsToTheNext() {
        Problem oneLayer = ProblemShrinker.withoutFirstLayer(TWO_LAYERS);
        assertEquals(1, oneLayer.depth());
        assertEquals(Math.tanh(0.11 + 0.31 * 0.6 - 0.72 * -1.4), oneLayer.input(0, 0), 1e-15);
    }

    /**
     * A budget of candidates whose time, on a simulated clock that moves 1 ms at each reading, runs out only after
     * 10⁴ readings: a shrinking that stopped counting its candidates still ends, in milliseconds.
     */
    private static ProblemShrinker.Budget candidates(int count) {
        long[] now = {0};
        return new ProblemShrinker.Budget(count, Duration.ofSeconds(10), () -> now[0] += 1_000_000L);
    }

    /** "depth/batch/widths" of a candidate, e.g. 2/3/2-3-2 for TWO_LAYERS itself. */
    private static String shape(Problem problem) {
        StringBuilder widths = new StringBuilder();
        for (int l = 0; l <= problem.depth(); l++) {
            widths.append(l == 0 ? "" : "-").append(problem.width(l));
        }
        return problem.depth() + "/" + problem.batchSize() + "/" + widths;
    }

    /**
     * Of the 2-3-2 network with three examples: the first layer dropped; each of 3 examples; each of 2 inputs, 3
     * hidden units and 2 outputs (mse); rounded to 0 and 1 digits (2 and 3 digits change no number: all have two
     * decimals, so those equal the problem and are left out). 1 + 3 + 2 + 3 + 2 + 2 = 13.
     */
    @Test
    void KIT_SHRINK_candidatesComeSmallestFirstAndOneOfEachKind() {
        List<Problem> candidates = ProblemShrinker.candidates(TWO_LAYERS);
        assertEquals(List.of("1/3/3-2", "2/2/2-3-2", "2/2/2-3-2", "2/2/2-3-2", "2/3/1-3-2", "2/3/1-3-2", "2/3/2-2-2",
                "2/3/2-2-2", "2/3/2-2-2", "2/3/2-3-1", "2/3/2-3-1", "2/3/2-3-2", "2/3/2-3-2"),
                candidates.stream().map(ProblemShrinkerTest::shape).toList());
        // example 1 left out: rows 0 and 2
        assertArrayEquals(new double[][] {{0.6, -1.4}, {-0.9, 2.2}}, candidates.get(2).inputs());
        assertArrayEquals(new double[][] {{0.4, -0.8}, {-0.2, 0.9}}, candidates.get(2).targets());
        // input 1 left out: column 1 of the inputs and of W^1
        assertArrayEquals(new double[][] {{0.6}, {1.7}, {-0.9}}, candidates.get(5).inputs());
        assertArrayEquals(new double[][] {{0.31}, {0.55}, {-0.43}}, candidates.get(5).layer(1).weights());
        // hidden unit 1 left out: row 1 of W^1 and b^1, column 1 of W^2
        Problem withoutHidden = candidates.get(7);
        assertArrayEquals(new double[][] {{0.31, -0.72}, {-0.43, 0.91}}, withoutHidden.layer(1).weights());
        assertArrayEquals(new double[] {0.11, 0.37}, withoutHidden.layer(1).bias());
        assertArrayEquals(new double[][] {{0.21, 0.48}, {-0.83, 0.17}}, withoutHidden.layer(2).weights());
        // output 0 left out: row 0 of W^2 and b^2, column 0 of the targets
        Problem withoutOutput = candidates.get(9);
        assertArrayEquals(new double[][] {{-0.83, 0.29, 0.17}}, withoutOutput.layer(2).weights());
        assertArrayEquals(new double[] {-0.15}, withoutOutput.layer(2).bias());
        assertArrayEquals(new double[][] {{-0.8}, {0.6}, {0.9}}, withoutOutput.targets());
        // 0 digits: 0.6 → 1, −1.4 → −1, 1.7 → 2, 2.2 → 2; 1 digit: 0.31 → 0.3, −0.72 → −0.7
        assertArrayEquals(new double[] {1, -1}, candidates.get(11).inputs()[0]);
        assertArrayEquals(new double[] {2, 0}, candidates.get(11).inputs()[1]);
        assertArrayEquals(new double[] {0.3, -0.7}, candidates.get(12).layer(1).weights()[0]);
    }

    /**
     * One unit, one example, one input: 0.03125 = 2^−5 rounds to 0, 0.0, 0.03 and 0.031 (−0.03125 to 0 and 0.0 without
     * a sign: a decimal has no −0), and nothing else shrinks.
     */
    @Test
    void KIT_SHRINK_aOneUnitProblemOnlyRoundsAndToThreeDigitsAtMost() {
        Problem oneUnit = new Problem(null, List.of(new Layer(Activation.IDENTITY, new double[][] {{0.03125}},
                new double[] {0.5})), Loss.MSE, new double[][] {{1}}, new double[][] {{-0.03125}});
        List<Problem> candidates = ProblemShrinker.candidates(oneUnit);
        assertEquals(List.of(0.0, 0.0, 0.03, 0.031), candidates.stream().map(p -> p.layer(1).weights()[0][0])
                .toList());
        assertEquals(List.of(0.0, 0.0, -0.03, -0.031), candidates.stream().map(p -> p.target(0, 0)).toList());
        assertEquals(List.of("1/1/1-1"), candidates.stream().map(ProblemShrinkerTest::shape).distinct().toList());
    }

    /** A cross-entropy row must keep summing to 1 (LOSS-CE): no output is left out and its targets are not rounded. */
    @Test
    void KIT_SHRINK_crossEntropyKeepsItsOutputsAndTargets() {
        Problem softmax = new Problem(null, List.of(new Layer(Activation.SOFTMAX, new double[][] {{0.5}, {-0.5}},
                new double[] {0.25, 0.25})), Loss.CROSS_ENTROPY, new double[][] {{1.5}}, new double[][] {{0.75, 0.25}});
        List<Problem> candidates = ProblemShrinker.candidates(softmax);
        // the rounded weights and biases: 0 digits (0.5 → 0, 0.25 → 0, 1.5 → 2) and 1 digit (0.25 → 0.2)
        assertEquals(List.of("1/1/1-2", "1/1/1-2"), candidates.stream().map(ProblemShrinkerTest::shape).toList());
        assertArrayEquals(new double[] {0, 0}, candidates.get(0).layer(1).bias());
        assertArrayEquals(new double[][] {{2}}, candidates.get(0).inputs());
        assertArrayEquals(new double[][] {{0.75, 0.25}}, candidates.get(0).targets());
        assertArrayEquals(new double[] {0.2, 0.2}, candidates.get(1).layer(1).bias());
    }

    /** Without progress the candidates are tried once each: TWO_LAYERS has 13, all valid and (margin 0) off kinks. */
    @Test
    void KIT_SHRINK_withoutProgressEveryCandidateIsTriedOnce() {
        int[] tried = {0};
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(TWO_LAYERS, candidate -> {
            tried[0]++;
            return false;
        }, 0, candidates(400));
        assertEquals(13, tried[0]);
        assertEquals(new ProblemShrinker.Shrunk(TWO_LAYERS, 0), shrunk);
    }

    @Test
    void KIT_SHRINK_atMostTheBudgetOfCandidatesIsTried() {
        int[] tried = {0};
        ProblemShrinker.shrink(TWO_LAYERS, candidate -> ++tried[0] < 0, 0, candidates(2));
        assertEquals(2, tried[0]);
        // every candidate kept: two steps, the budget's two candidates
        ProblemShrinker.Shrunk kept = ProblemShrinker.shrink(TWO_LAYERS, candidate -> true, 0, candidates(2));
        assertEquals(2, kept.steps());
        assertEquals("1/2/3-2", shape(kept.problem()));
    }

    /**
     * On a simulated clock each test takes 40 ms and the budget is 120 ms: tests start at 0, 40 and 80 ms; at 120 ms
     * the budget is spent (the deadline itself is outside it).
     */
    @Test
    void KIT_SHRINK_shrinkingStopsAtItsTimeBudget() {
        long[] now = {1_000};
        int[] tried = {0};
        ProblemShrinker.shrink(TWO_LAYERS, candidate -> {
            tried[0]++;
            now[0] += 40_000_000L;
            return false;
        }, 0, new ProblemShrinker.Budget(400, Duration.ofMillis(120), () -> now[0]));
        assertEquals(3, tried[0]);
        assertEquals(400, ProblemShrinker.Budget.DEFAULT.candidates());
        assertEquals(Duration.ofSeconds(20), ProblemShrinker.Budget.DEFAULT.time());
    }

    /**
     * relu(w·x + b) with w = x = 1 and b = −0.96875: z = 0.03125. Rounded to 0 or 1 digits, b = −1 puts z on the kink
     * and is refused at margin 0.01; 2 digits, b = −0.97 (z = 0.03), is the first kept, and then nothing rounds
     * further without reaching the kink.
     */
    @Test
    void KIT_SHRINK_aCandidateNearAKinkIsRefused() {
        Problem nearKink = new Problem(null, List.of(new Layer(Activation.RELU, new double[][] {{1}},
                new double[] {-0.96875})), Loss.MSE, new double[][] {{1}}, new double[][] {{0.5}});
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(nearKink, candidate -> true, 0.01, candidates(400));
        assertEquals(1, shrunk.steps());
        assertArrayEquals(new double[] {-0.97}, shrunk.problem().layer(1).bias());
    }

    /**
     * Softmax on a hidden layer is no valid problem (FMT-PROBLEM): of the candidates only the one without layer 1 is
     * valid, and the test never sees the others.
     */
    @Test
    void KIT_SHRINK_onlyValidCandidatesArePosed() {
        Problem softmaxHidden = new Problem(null, List.of(
                new Layer(Activation.SOFTMAX, new double[][] {{0.5}, {-0.5}}, new double[] {0.25, 0.25}),
                new Layer(Activation.IDENTITY, new double[][] {{1, 2}}, new double[] {0.5})),
                Loss.MSE, new double[][] {{1.5}, {0.5}}, new double[][] {{1}, {2}});
        List<Problem> posed = new ArrayList<>();
        ProblemShrinker.shrink(softmaxHidden, candidate -> posed.add(candidate) && false, 0, candidates(400));
        assertEquals(List.of(ProblemShrinker.withoutFirstLayer(softmaxHidden)), posed);
        posed.forEach(p -> BpropJson.parseProblem(BpropJson.write(p)));
    }

    @Test
    void KIT_SHRINK_leavingOutAnEntryRowOrColumn() {
        assertArrayEquals(new double[] {1, 3}, Arrays2.without(new double[] {1, 2, 3}, 1));
        assertArrayEquals(new double[] {2, 3}, Arrays2.without(new double[] {1, 2, 3}, 0));
        assertArrayEquals(new double[][] {{1, 2}, {5, 6}}, Arrays2.withoutRow(new double[][] {{1, 2}, {3, 4}, {5, 6}},
                1));
        assertArrayEquals(new double[][] {{1}, {3}}, Arrays2.withoutColumn(new double[][] {{1, 2}, {3, 4}}, 1));
    }

    private static DoubleStream numbers(Problem problem) {
        return Stream.of(Stream.of(problem.inputs(), problem.targets()), problem.layers().stream().map(Layer::weights),
                problem.layers().stream().map(layer -> new double[][] {layer.bias()})).flatMap(s -> s)
                .flatMap(Stream::of).flatMapToDouble(DoubleStream::of);
    }
}
