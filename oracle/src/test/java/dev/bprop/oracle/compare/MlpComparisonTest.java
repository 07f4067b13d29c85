package dev.bprop.oracle.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.arith.DoubleArithmetic;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.objective.Evaluation;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.oracle.tangent.MatrixRoundingBound;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A result compared in the oracle's model, on one identity unit by hand: w = 2, b = 0.5, x = 1, y = 1 give
 * z = a = 2.5, J = ½·1.5² = 1.125, ∂J/∂b = a − y = 1.5 and ∂J/∂w = 1.5·x = 1.5.
 */
class MlpComparisonTest {
    private static final Problem UNIT = new Problem("unit", List.of(new Layer(Activation.IDENTITY,
            new double[][] {{2}}, new double[] {0.5})), Loss.MSE, new double[][] {{1}}, new double[][] {{1}});
    private static final Result EXPECTED = result(1.5, 1.5);
    private static final Sides FLOAT64 = Sides.referenceAgainst(Precision.FLOAT64);

    @Test
    void anIdenticalResultPassesWithoutComputingTolerances() {
        MlpComparison comparison = MlpComparison.of(UNIT, EXPECTED, result(1.5, 1.5), FLOAT64);
        assertTrue(comparison.passed());
        assertEquals(List.of(), comparison.elements());
    }

    @Test
    void everyNumberIsComparedAndAWrongComponentIsPlacedByTheOracle() {
        MlpComparison comparison = MlpComparison.of(UNIT, EXPECTED, result(1.5 + 1e-9, 1.5), FLOAT64);
        assertFalse(comparison.passed());
        assertEquals(List.of("loss", "outputs[0][0]", "gradients[0].weights[0][0]", "gradients[0].bias[0]"),
                comparison.elements().stream().map(e -> e.place().path()).toList());
        ElementComparison mismatch = comparison.mismatches().get(0);
        assertEquals(1, comparison.mismatches().size());
        assertEquals("BP4", mismatch.place().clause());
        assertEquals(1, mismatch.place().layer());
        assertTrue(mismatch.tolerance() < 1e-13, "tolerance " + mismatch.tolerance());
    }

    /** CMP-VALUE: a loss or an output off by 10^−9 alone, with the gradient identical, is compared and fails. */
    @Test
    void cmpValue_aWrongLossOrOutputAloneIsCompared() {
        Result wrongLoss = new Result(1.125 + 1e-9, new double[][] {{2.5}}, EXPECTED.gradients());
        Result wrongOutput = new Result(1.125, new double[][] {{2.5 + 1e-9}}, EXPECTED.gradients());
        assertEquals(List.of("loss"), paths(MlpComparison.of(UNIT, EXPECTED, wrongLoss, FLOAT64).mismatches()));
        assertEquals(List.of("outputs[0][0]"),
                paths(MlpComparison.of(UNIT, EXPECTED, wrongOutput, FLOAT64).mismatches()));
    }

    @Test
    void anErrorOfFloat32RoundingFailsAFloat64LibraryAndPassesAFloat32One() {
        Result rounded = result(1.5 * (1 + 1e-7), 1.5);
        assertFalse(MlpComparison.of(UNIT, EXPECTED, rounded, FLOAT64).passed());
        assertTrue(MlpComparison.of(UNIT, EXPECTED, rounded, Sides.referenceAgainst(Precision.FLOAT32)).passed());
    }

    @Test
    void wrongShapesAreNamedBeforeAnyNumberIsCompared() {
        Result transposed = new Result(1.125, new double[][] {{2.5}}, List.of(new LayerGradient(new double[][] {{1.5},
                {1.5}}, new double[] {1.5})));
        MlpComparison comparison = MlpComparison.of(UNIT, EXPECTED, transposed, FLOAT64);
        assertFalse(comparison.passed());
        assertEquals(List.of(), comparison.elements());
        assertEquals(List.of("gradients[0].weights: expected 1 rows of 1, found 2 rows"), comparison.shapeErrors());
    }

    /**
     * The tape up to w·m = 10 000 multiply-adds, the matrix route above: 50 units of one input (w = 100) with 100
     * examples are on the tape, with 101 at matrix level.
     */
    @Test
    void cmpTolerance_theMatrixRouteServesProblemsAboveTenThousandMultiplyAdds() {
        assertTrue(MlpComparison.onTape(new ProblemObjective(wide(100))));
        assertFalse(MlpComparison.onTape(new ProblemObjective(wide(101))));
    }

    /**
     * The tape's bound and the matrix route's give the same verdicts on every problem vector of the spec and on
     * seeded random networks, for a correct result (the vector's against DerivativeStructure's; on a random network
     * DerivativeStructure's moved by one ulp), one off by 1e−9 relative and one rounded to float32: the same overall
     * verdict, and element by element the same one except where |e − f| falls between the two tolerances, which
     * differ by D alone (the matrix route's D is the tape's or up to twice it, CMP-TOLERANCE; S_k agree to 1e−12) —
     * the matrix route never rejects a number the tape accepts.
     */
    @Test
    void cmpTolerance_theTapeAndTheMatrixRouteGiveTheSameVerdicts() {
        List<Problem> problems = new ArrayList<>();
        List<Result> expectations = new ArrayList<>();
        for (TestVector vector : VectorCatalog.all()) {
            if (vector.isProblem()) {
                problems.add(vector.problem().orElseThrow());
                expectations.add(vector.expectedResult().orElseThrow());
            }
        }
        long seed = Long.getLong("QT_SEED", 0);
        SplittableRandom random = new SplittableRandom(seed);
        for (Activation hidden : new Activation[] {Activation.TANH, Activation.RELU, Activation.SIGMOID}) {
            Problem problem = randomNetwork(hidden, random);
            problems.add(problem);
            expectations.add(map(oracleResult(problem), Math::nextUp));
        }
        for (int p = 0; p < problems.size(); p++) {
            Problem problem = problems.get(p);
            ProblemObjective objective = new ProblemObjective(problem);
            RoundingBound tape = RoundingBound.of(objective);
            RoundingBound matrix = MatrixRoundingBound.of(objective);
            Result expected = expectations.get(p);
            Result correct = oracleResult(problem);
            List<Result> found = List.of(correct, map(expected, x -> x * (1 + 1e-9)), map(expected, x -> (float) x));
            List<String> kinds = List.of("correct", "off by 1e−9", "float32");
            for (int f = 0; f < found.size(); f++) {
                String label = problem.id().orElse("random") + ", " + kinds.get(f) + " (QT_SEED " + seed + ")";
                MlpComparison byTape = MlpComparison.of(problem, expected, found.get(f), FLOAT64, tape);
                MlpComparison atMatrixLevel = MlpComparison.of(problem, expected, found.get(f), FLOAT64, matrix);
                assertEquals(byTape.passed(), atMatrixLevel.passed(), label);
                for (int index = 0; index < byTape.elements().size(); index++) {
                    ElementComparison t = byTape.elements().get(index);
                    ElementComparison m = atMatrixLevel.elements().get(index);
                    assertTrue(t.verdict() == m.verdict() || (t.verdict() == Verdict.DISAGREES
                            && t.absoluteError() <= m.tolerance()), label + ": " + t + " against " + m);
                }
            }
            assertTrue(MlpComparison.of(problem, expected, correct, FLOAT64, matrix).passed(), problem.id() + " correct");
        }
    }

    /** J and the outputs in doubles, the gradient by DerivativeStructure: oracles independent of the tape. */
    private static Result oracleResult(Problem problem) {
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

    /** 2 → 5 ({@code hidden}) → 3 (softmax, cross entropy), 6 examples, every number uniform in ±1.5. */
    private static Problem randomNetwork(Activation hidden, SplittableRandom random) {
        double[][] targets = new double[6][3];
        for (double[] row : targets) {
            row[random.nextInt(3)] = 1;
        }
        return new Problem("random " + hidden, List.of(new Layer(hidden, uniform(random, 5, 2), uniform(random, 1, 5)[0]),
                new Layer(Activation.SOFTMAX, uniform(random, 3, 5), uniform(random, 1, 3)[0])), Loss.CROSS_ENTROPY,
                uniform(random, 6, 2), targets);
    }

    private static double[][] uniform(SplittableRandom random, int rows, int columns) {
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int c = 0; c < columns; c++) {
                row[c] = random.nextDouble(-1.5, 1.5);
            }
        }
        return matrix;
    }

    /** One identity layer of 50 units on one input (w = 100) with mse over m examples. */
    private static Problem wide(int m) {
        return new Problem("wide", List.of(new Layer(Activation.IDENTITY, new double[50][1], new double[50])),
                Loss.MSE, new double[m][1], new double[m][50]);
    }

    /**
     * Three identity units on one input, two examples: W = (1, 2, 4)ᵀ, b = 0, x = 1 and 3, y = 0, so that the outputs
     * are (1, 2, 4) and (3, 6, 12), every number of the result is non-zero and the two examples' outputs differ in
     * magnitude (three units, so that a unit index off by two is another unit).
     */
    private static final Problem TWO_BY_THREE = new Problem("two by three", List.of(new Layer(Activation.IDENTITY,
            new double[][] {{1}, {2}, {4}}, new double[] {0, 0, 0})), Loss.MSE, new double[][] {{1}, {3}},
            new double[][] {{0, 0, 0}, {0, 0, 0}});

    /**
     * CMP-VERDICT: every number of a result moved by 10⁻⁶ relative is a mismatch placed where it stands — J, the
     * outputs a^L_ek of example e and unit k row by row, then ∂J/∂W^1 and ∂J/∂b^1 (NOT-W) — so that the array the
     * numbers are held in lines up with their places for m = 2 examples of n_L = 3 outputs.
     */
    @Test
    void cmpVerdict_everyNumberIsPlacedAtItsExampleAndUnit() {
        Result expected = oracleResult(TWO_BY_THREE);
        MlpComparison comparison = MlpComparison.of(TWO_BY_THREE, expected, map(oracleResult(TWO_BY_THREE),
                x -> x * (1 + 1e-6)), FLOAT64);
        assertEquals(List.of("loss", "outputs[0][0]", "outputs[0][1]", "outputs[0][2]", "outputs[1][0]",
                "outputs[1][1]", "outputs[1][2]", "gradients[0].weights[0][0]", "gradients[0].weights[1][0]",
                "gradients[0].weights[2][0]", "gradients[0].bias[0]", "gradients[0].bias[1]", "gradients[0].bias[2]"),
                paths(comparison.mismatches()));
        assertEquals(FLOAT64, comparison.sides());
    }

    /**
     * CMP-VALUE: J is allowed the rounding of V_J and output a^L_ek that of its own magnitude, read from the tape's
     * bound as an independent route to the allowances: example 1's outputs (3, 6, 12) have magnitudes other than
     * example 0's (1, 2, 4) and than J's.
     */
    @Test
    void cmpValue_eachOutputHasTheToleranceOfItsOwnMagnitude() {
        RoundingBound tape = RoundingBound.of(new ProblemObjective(TWO_BY_THREE));
        Result expected = oracleResult(TWO_BY_THREE);
        List<ElementComparison> elements = MlpComparison.of(TWO_BY_THREE, expected, map(oracleResult(TWO_BY_THREE),
                Math::nextUp), FLOAT64).elements();
        assertEquals(FLOAT64.tolerance(tape.value()), elements.get(0).tolerance());
        for (int e = 0; e < 2; e++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(FLOAT64.tolerance(tape.outputs().get(e).get(k)), elements.get(1 + 3 * e + k).tolerance(),
                        "outputs[" + e + "][" + k + "]");
            }
        }
        assertNotEquals(elements.get(2).tolerance(), elements.get(5).tolerance());
        assertNotEquals(elements.get(0).tolerance(), elements.get(1).tolerance());
    }

    /**
     * CMP-TOLERANCE: a problem of at most 10 000 multiply-adds is bounded by the tape and one above at matrix level,
     * told apart by D where the matrix route's running-error depth exceeds the tape's.
     */
    @Test
    void cmpTolerance_theRouteIsChosenByTheNumberOfMultiplyAdds() {
        SplittableRandom random = new SplittableRandom(0);
        ProblemObjective small = new ProblemObjective(randomNetwork(Activation.TANH, random));
        assertEquals(RoundingBound.of(small).depth(), MlpComparison.bound(small).depth());
        assertNotEquals(MatrixRoundingBound.of(small).depth(), RoundingBound.of(small).depth());
        ProblemObjective large = new ProblemObjective(deep(random));
        assertFalse(MlpComparison.onTape(large));
        assertEquals(MatrixRoundingBound.of(large).depth(), MlpComparison.bound(large).depth());
        assertNotEquals(MatrixRoundingBound.of(large).depth(), RoundingBound.of(large).depth());
    }

    /** 1 → 50 (tanh) → 3 (softmax, cross entropy), 40 examples: w·m = 253 · 40 = 10 120 multiply-adds. */
    private static Problem deep(SplittableRandom random) {
        double[][] targets = new double[40][3];
        for (double[] row : targets) {
            row[random.nextInt(3)] = 1;
        }
        return new Problem("deep", List.of(new Layer(Activation.TANH, uniform(random, 50, 1), uniform(random, 1, 50)[0]),
                new Layer(Activation.SOFTMAX, uniform(random, 3, 50), uniform(random, 1, 3)[0])), Loss.CROSS_ENTROPY,
                uniform(random, 40, 1), targets);
    }

    /** FMT-RESULT: a null result, or wrong shapes with different numbers, is a shape error and nothing is compared. */
    @Test
    void fmtResult_nullOrMisshapenResultsCompareNoNumber() {
        MlpComparison none = MlpComparison.of(UNIT, EXPECTED, null, FLOAT64);
        assertFalse(none.passed());
        assertEquals(List.of("the implementation returned null"), none.shapeErrors());
        assertEquals(List.of(), none.elements());
        Result transposed = new Result(1.125, new double[][] {{2.5}}, List.of(new LayerGradient(new double[][] {{9},
                {9}}, new double[] {1.5})));
        assertEquals(List.of(), MlpComparison.of(UNIT, EXPECTED, transposed, FLOAT64).elements());
    }

    private static List<String> paths(List<ElementComparison> elements) {
        return elements.stream().map(e -> e.place().path()).toList();
    }

    private static Result result(double weightGradient, double biasGradient) {
        return new Result(1.125, new double[][] {{2.5}}, List.of(new LayerGradient(new double[][] {{weightGradient}},
                new double[] {biasGradient})));
    }
}
