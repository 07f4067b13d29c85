package dev.bprop.conformance.bounds.slow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.conformance.bounds.ScalingNetworks;
import dev.bprop.conformance.bounds.Shape;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.reference.mlp.ForwardPass;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The slow implementations compute the right gradients, within the float64 tolerance the MLP suite holds every
 * library to: only the bounds clauses can tell them from the reference.
 */
class SlowGradientsAreRightTest {
    private static final long SEED = 20261122L;

    static Stream<Arguments> cases() {
        return Stream.of(new FiniteDifferences(), new RecomputingBackward(), new PerExampleWeightGradients())
                .flatMap(slow -> Stream.of(new Shape(3, 1, 2), new Shape(4, 3, 5), new Shape(6, 5, 3))
                        .map(shape -> Arguments.of(slow.getClass().getSimpleName(), slow, shape)));
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("cases")
    void agreesWithTheReference(String name, SlowAdapter slow, Shape shape) {
        Problem problem = ScalingNetworks.problem(shape, SEED);
        Result expected = Backpropagation.gradient(problem);
        Result found = slow.gradient(problem);
        close(expected.loss(), found.loss(), Math.abs(expected.loss()), "loss");
        close(expected.outputs(), found.outputs(), "outputs");
        for (int l = 1; l <= problem.depth(); l++) {
            close(expected.gradient(l).weights(), found.gradient(l).weights(), "dJ/dW^" + l);
            close(new double[][] {expected.gradient(l).bias()}, new double[][] {found.gradient(l).bias()},
                    "dJ/db^" + l);
        }
        close(ForwardPass.of(problem).loss(), slow.forwardOnly().orElseThrow().loss(problem),
                Math.abs(expected.loss()), "forward loss");
    }

    private static void close(double[][] expected, double[][] found, String what) {
        double scale = Stream.of(expected).flatMapToDouble(Arrays::stream).map(Math::abs).max().orElse(0);
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                close(expected[r][c], found[r][c], scale, what + "[" + r + "][" + c + "]");
            }
        }
    }

    private static void close(double expected, double found, double scale, String what) {
        assertEquals(expected, found, 1e-9 * (Math.abs(expected) + scale), what);
    }
}
