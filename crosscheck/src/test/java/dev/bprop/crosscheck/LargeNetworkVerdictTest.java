package dev.bprop.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.arith.DoubleArithmetic;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.oracle.objective.Evaluation;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.oracle.tangent.MatrixRoundingBound;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The element-wise verdict (CMP-TOLERANCE, CMP-VALUE) above the tape's limit, where {@link MlpComparison} takes its
 * bound from the matrix route ({@link MatrixRoundingBound}): the reference against DerivativeStructure on a network
 * small enough for the full forward-mode gradient, and the matrix route against the tape at 10⁵ weights. (The
 * benchmarks module's {@code OracleBenchmark.verdict} times the verdict at 10⁶ weights.)
 */
class LargeNetworkVerdictTest {
    private static final long SEED = Long.getLong("QT_SEED", 0);
    private static final Sides FLOAT64 = Sides.referenceAgainst(Precision.FLOAT64);

    /**
     * 8 → 30 (tanh) → 20 (relu) → 5 (softmax, cross entropy), 12 examples: w = 995, w·m = 11 940 (matrix route). The
     * reference's loss, outputs and gradient agree with doubles and DerivativeStructure, number by number; the same
     * result rounded to float32 fails as a float64 one and passes as a float32 one.
     */
    @Test
    void cmpTolerance_theReferenceAgreesWithDerivativeStructureAboveTheTapesLimit() {
        Problem problem = LargeNetworkDirectionalTest.network(new int[] {8, 30, 20, 5}, 12, SEED);
        assertEquals(995, new ProblemObjective(problem).dimension());
        Result reference = Backpropagation.gradient(problem);
        MlpComparison comparison = MlpComparison.of(problem, reference, forwardMode(problem), FLOAT64);
        assertTrue(comparison.passed(), comparison.mismatches() + ", seed " + SEED);
        assertEquals(1 + 12 * 5 + 995, comparison.elements().size());
        Result float32 = map(reference, x -> (float) x);
        assertFalse(MlpComparison.of(problem, reference, float32, FLOAT64).passed(), "seed " + SEED);
        assertTrue(MlpComparison.of(problem, reference, float32, Sides.referenceAgainst(Precision.FLOAT32)).passed(),
                "seed " + SEED);
    }

    /**
     * 100 → 300 → 200 → 10, 2 examples (92 510 weights): every S_k and V of the matrix route within relative 1e−12 of
     * the tape's, D the tape's or up to about twice it (2.5 times, as {@link LargeNetworkDirectionalTest} allows the
     * same K: it bounds the n partial sums of each dot product by the whole sum, where the tape adds up their actual
     * magnitudes, and softmax's division by the sum of shared exponentials doubles it); the reference's result passes
     * against itself moved by one ulp in every number and fails rounded to float32.
     */
    @Test
    void cmpTolerance_theMatrixRouteIsTheTapesBoundAtAHundredThousandWeights() {
        Problem problem = LargeNetworkDirectionalTest.network(new int[] {100, 300, 200, 10}, 2, SEED);
        ProblemObjective objective = new ProblemObjective(problem);
        RoundingBound tape = RoundingBound.of(objective);
        RoundingBound matrix = MatrixRoundingBound.of(objective);
        for (int k = 0; k < objective.dimension(); k++) {
            assertEquals(tape.sums()[k], matrix.sums()[k], 1e-12 * tape.sums()[k], "S_" + k + ", seed " + SEED);
        }
        assertEquals(tape.valueMagnitude(), matrix.valueMagnitude(), 1e-12 * tape.valueMagnitude());
        assertTrue(matrix.depth() >= tape.depth() && matrix.depth() <= 2.5 * tape.depth(),
                matrix.depth() + " for the tape's " + tape.depth());
        Result reference = Backpropagation.gradient(problem);
        assertTrue(MlpComparison.of(problem, reference, map(reference, Math::nextUp), FLOAT64).passed());
        assertFalse(MlpComparison.of(problem, reference, map(reference, x -> (float) x), FLOAT64).passed());
    }

    /** J and the outputs in doubles, the gradient by DerivativeStructure. */
    private static Result forwardMode(Problem problem) {
        ProblemObjective objective = new ProblemObjective(problem);
        List<Double> theta = new ArrayList<>();
        for (double parameter : objective.point()) {
            theta.add(parameter);
        }
        Evaluation<Double> evaluation = objective.evaluation(theta, new DoubleArithmetic());
        double[][] outputs = evaluation.outputs().stream()
                .map(row -> row.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new);
        double[] gradient = ForwardMode.gradient(objective);
        List<LayerGradient> layers = new ArrayList<>();
        for (int l = 1; l <= problem.depth(); l++) {
            double[][] weights = new double[problem.width(l)][problem.width(l - 1)];
            double[] bias = new double[problem.width(l)];
            for (int j = 0; j < weights.length; j++) {
                for (int i = 0; i < weights[j].length; i++) {
                    weights[j][i] = gradient[objective.weightIndex(l, j, i)];
                }
                bias[j] = gradient[objective.biasIndex(l, j)];
            }
            layers.add(new LayerGradient(weights, bias));
        }
        return new Result(evaluation.value(), outputs, layers);
    }

    /** {@code result} with f applied to every number. */
    private static Result map(Result result, DoubleUnaryOperator f) {
        double[][] outputs = result.outputs();
        for (double[] row : outputs) {
            apply(row, f);
        }
        List<LayerGradient> layers = result.gradients().stream().map(layer -> {
            double[][] weights = layer.weights();
            for (double[] row : weights) {
                apply(row, f);
            }
            double[] bias = layer.bias();
            apply(bias, f);
            return new LayerGradient(weights, bias);
        }).toList();
        return new Result(f.applyAsDouble(result.loss()), outputs, layers);
    }

    private static void apply(double[] row, DoubleUnaryOperator f) {
        for (int c = 0; c < row.length; c++) {
            row[c] = f.applyAsDouble(row[c]);
        }
    }
}
