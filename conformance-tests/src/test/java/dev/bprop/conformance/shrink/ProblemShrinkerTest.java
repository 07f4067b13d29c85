package dev.bprop.conformance.shrink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
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
    void shrinksToTheSmallestProblemThatStillFails() {
        Predicate<Problem> needsTwoExamples = problem -> problem.batchSize() >= 2;
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(TWO_LAYERS, needsTwoExamples, 0);
        Problem smallest = shrunk.problem();
        assertEquals(List.of(1, 2, 1, 1), List.of(smallest.depth(), smallest.batchSize(), smallest.width(0),
                smallest.width(1)));
        assertTrue(numbers(smallest).allMatch(x -> x == Math.rint(x)), () -> "not rounded: " + smallest);
        assertTrue(shrunk.steps() >= 6, "steps: " + shrunk.steps());
    }

    @Test
    void aProblemThatFailsOnlyAsItIsStaysAsItIs() {
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(TWO_LAYERS, TWO_LAYERS::equals, 0);
        assertEquals(TWO_LAYERS, shrunk.problem());
        assertEquals(0, shrunk.steps());
    }

    /** An implementation that errs on a smaller problem ends the shrinking: an error is not the failure shrunk. */
    @Test
    void anErrorOnACandidateEndsTheShrinking() {
        int[] tried = {0};
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(TWO_LAYERS, candidate -> {
            tried[0]++;
            throw new IllegalStateException("wrapped", new OutOfMemoryError());
        }, 0);
        assertEquals(TWO_LAYERS, shrunk.problem());
        assertEquals(1, tried[0]);
    }

    @Test
    void shrinkingStopsAtItsTimeBudget() {
        long start = System.nanoTime();
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(TWO_LAYERS, candidate -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return candidate.batchSize() >= 2;
        }, 0, java.time.Duration.ofMillis(120));
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "took " + (System.nanoTime() - start) + " ns");
        assertTrue(shrunk.steps() <= 3, "steps " + shrunk.steps());
    }

    @Test
    void droppingTheFirstLayerFeedsItsActivationsToTheNext() {
        Problem oneLayer = ProblemShrinker.withoutFirstLayer(TWO_LAYERS);
        assertEquals(1, oneLayer.depth());
        assertEquals(Math.tanh(0.11 + 0.31 * 0.6 - 0.72 * -1.4), oneLayer.input(0, 0), 1e-15);
    }

    private static DoubleStream numbers(Problem problem) {
        return Stream.of(Stream.of(problem.inputs(), problem.targets()), problem.layers().stream().map(Layer::weights),
                problem.layers().stream().map(layer -> new double[][] {layer.bias()})).flatMap(s -> s)
                .flatMap(Stream::of).flatMapToDouble(DoubleStream::of);
    }
}
