package dev.bprop.examples.encog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.encog.mathutil.error.ErrorCalculation;
import org.encog.mathutil.error.ErrorCalculationMode;
import org.encog.ml.data.basic.BasicMLDataSet;
import org.encog.neural.flat.FlatNetwork;
import org.encog.neural.networks.BasicNetwork;
import org.encog.neural.networks.training.propagation.back.Backpropagation;
import org.junit.jupiter.api.Test;

/**
 * The adapter's conversions and each documented deviation of Encog 3.4 on one-unit networks, against values
 * calculated by hand here, independently of the conformance kit and of bprop's reference.
 */
class EncogBehaviourTest {
    private static final double EXACT = 1e-15;

    /** NOT-SHAPES: the index the gradients are read at is the one {@code BasicNetwork.setWeight} writes to. */
    @Test
    void flatIndexIsWhereSetWeightWrites() {
        Problem problem = new Problem(null, List.of(
                new Layer(Activation.TANH, new double[3][2], new double[3]),
                new Layer(Activation.IDENTITY, new double[2][3], new double[2])), Loss.MSE,
                new double[][] {{0, 0}}, new double[][] {{0, 0}});
        BasicNetwork network = EncogNetworks.of(problem);
        FlatNetwork flat = network.getFlat();
        int marker = 0;
        for (int l = 1; l <= problem.depth(); l++) {
            for (int to = 0; to < problem.width(l); to++) {
                for (int from = 0; from <= problem.width(l - 1); from++) {
                    network.setWeight(l - 1, from, to, ++marker);
                    assertEquals(marker, flat.getWeights()[EncogNetworks.flatIndex(flat, l, from, to)],
                            "layer " + l + " from " + from + " to " + to);
                }
            }
        }
        assertEquals(marker, flat.getWeights().length, "every flat weight is a weight or a bias of the problem");
    }

    /**
     * Sign, batch mean and ½ (BP-BATCH, LOSS-MEAN, LOSS-MSE). One identity unit, w = 2, b = 1, examples (x, y) =
     * (1, 0) and (0, 1): a = 3 and 1, a − y = 3 and 0, so J = (½·9 + ½·0)/2 = 2.25, ∂J/∂w = (3·1 + 0·0)/2 = 1.5,
     * ∂J/∂b = (3 + 0)/2 = 1.5. Encog's trainer sums −(a − y)·x: −3 for w and −3 for b.
     */
    @Test
    void adapterTurnsEncogsNegativeBatchSumIntoTheSpecsMean() {
        Problem problem = oneUnit(Activation.IDENTITY, 2, 1, Loss.MSE, new double[][] {{1}, {0}},
                new double[][] {{0}, {1}});
        GradientSums.Reading raw = EncogLoss.MSE.measured(() -> GradientSums.of(EncogNetworks.of(problem),
                new BasicMLDataSet(problem.inputs(), problem.targets()), EncogLoss.MSE.errorFunction()));
        assertArrayEquals(new double[] {-3, -3}, raw.sums(), EXACT);
        assertEquals((9.0 + 0) / 2, raw.error(), EXACT, "Encog's MSE: Σ(y − a)² / (m·n_L)");

        Result result = new EncogMlp().gradient(problem);
        assertEquals(2.25, result.loss(), EXACT);
        assertEquals(1.5, result.gradient(1).weight(0, 0), EXACT);
        assertEquals(1.5, result.gradient(1).bias(0), EXACT);
    }

    /**
     * FINDINGS.md#derivative-from-layer-above. tanh unit (w¹ = 0.5, b¹ = 0) under an identity unit (w² = 1,
     * b² = 0), x = 1, y = 0: a¹ = tanh 0.5, a² = a¹, δ² = a¹. The spec's ∂J/∂w¹ = δ² · w² · (1 − (a¹)²) · x; Encog
     * multiplies by the derivative of the layer above, identity's 1, and gets a¹.
     */
    @Test
    void hiddenDeltaUsesTheDerivativeOfTheLayerAbove() {
        double a1 = Math.tanh(0.5);
        Problem problem = twoUnits(Activation.TANH, 0.5, Activation.IDENTITY, 1, 1);
        Result result = new EncogMlp().gradient(problem);
        assertEquals(a1, result.gradient(1).weight(0, 0), EXACT, "spec: a¹ · (1 − (a¹)²) = " + a1 * (1 - a1 * a1));
    }

    /**
     * Encog's flat-spot fix, on by default: 0.1 added to the derivative in the hidden deltas of a layer whose
     * activation is a sigmoid. Sigmoid under sigmoid (w¹ = w² = 1, b = 0), x = 0, y = 0: a¹ = σ(0) = ½,
     * a² = σ(½); δ² = (a² − y)·a²(1 − a²) (the output layer ignores the fix); ∂J/∂b¹ = δ² · w² · σ'(0) = δ² · ¼,
     * with the fix δ² · (¼ + 0.1). The defaults are read through the public route of a training step with learning
     * rate 1 and momentum 0, whose {@code getLastDelta()} is the trainer's gradient array; {@link GradientSums} must
     * agree with that route once the fix is off.
     */
    @Test
    void flatSpotFixAddsATenthToTheSigmoidDerivativeUnlessTurnedOff() {
        double a2 = 1 / (1 + Math.exp(-0.5));
        double delta2 = a2 * a2 * (1 - a2);
        Problem problem = twoUnits(Activation.SIGMOID, 1, Activation.SIGMOID, 1, 0);
        BasicMLDataSet batch = new BasicMLDataSet(problem.inputs(), problem.targets());
        int hiddenBias = EncogNetworks.flatIndex(EncogNetworks.of(problem).getFlat(), 1, 1, 0);

        assertEquals(-delta2 * (0.25 + 0.1), oneStep(problem, true)[hiddenBias], EXACT);
        assertEquals(-delta2 * 0.25, oneStep(problem, false)[hiddenBias], EXACT);
        assertArrayEquals(oneStep(problem, false), GradientSums.of(EncogNetworks.of(problem), batch,
                EncogLoss.MSE.errorFunction()).sums(), EXACT);
    }

    /**
     * FINDINGS.md#hardtanh-derivative-one. One hardtanh unit, w = 2, b = 0, x = 1, y = 0: z = 2 clips, a = 1, and
     * g'(2) = 0 gives ∂J/∂w = 0; Encog's derivative 1 gives (a − y)·1·x = 1.
     */
    @Test
    void hardtanhDerivativeIsOneWhereItClips() {
        Result result = new EncogMlp().gradient(oneUnit(Activation.HARDTANH, 2, 0, Loss.MSE, new double[][] {{1}},
                new double[][] {{0}}));
        assertEquals(1, result.output(0, 0), EXACT);
        assertEquals(1, result.gradient(1).weight(0, 0), EXACT, "spec: 0");
    }

    /**
     * FINDINGS.md#softmax-derivative-one. Two softmax units with z = (0, 0) (w = b = 0, x = 1), y = (1, 0), mse:
     * a = (½, ½), ∇_a J = a − y = (−½, ½); the Jacobian gives δ_j = a_j (g_j − Σ_k a_k g_k) = (−¼, ¼); Encog's
     * derivative 1 gives (−½, ½).
     */
    @Test
    void softmaxWithSquaredErrorSkipsTheJacobian() {
        Problem problem = new Problem(null, List.of(new Layer(Activation.SOFTMAX, new double[2][1], new double[2])),
                Loss.MSE, new double[][] {{1}}, new double[][] {{1, 0}});
        Result result = new EncogMlp().gradient(problem);
        assertArrayEquals(new double[] {-0.5, 0.5}, result.gradient(1).bias(), EXACT, "spec: (−¼, ¼)");
    }

    /**
     * FINDINGS.md#unstable-softmax. Logits (50, 49): the spec's softmax is (1, e^−1)/(1 + e^−1) ≈ (0.731, 0.269);
     * Encog clips e^50 ≈ 5.2e21 and e^49 ≈ 1.9e21 both to 1e20 and returns (½, ½). Logits (−100, −101): the same
     * softmax, but e^−100 + e^−101 < 1e−13 and Encog returns the uniform (½, ½). Logits (1000, −1000) with target
     * class 1: J = 2000, Encog's log loss takes ln of the output 0 and reports infinity.
     */
    @Test
    void softmaxClipsLargeLogitsAndLogLossTakesLnOfTheOutput() {
        Problem clipped = new Problem(null, List.of(new Layer(Activation.SOFTMAX, new double[][] {{50}, {49}},
                new double[2])), Loss.CROSS_ENTROPY, new double[][] {{1}}, new double[][] {{1, 0}});
        assertArrayEquals(new double[] {0.5, 0.5}, new EncogMlp().gradient(clipped).outputs()[0], EXACT);

        Problem tiny = new Problem(null, List.of(new Layer(Activation.SOFTMAX, new double[][] {{-100}, {-101}},
                new double[2])), Loss.CROSS_ENTROPY, new double[][] {{1}}, new double[][] {{1, 0}});
        assertArrayEquals(new double[] {0.5, 0.5}, new EncogMlp().gradient(tiny).outputs()[0], EXACT);

        Problem large = new Problem(null, List.of(new Layer(Activation.SOFTMAX, new double[][] {{1000}, {-1000}},
                new double[2])), Loss.CROSS_ENTROPY, new double[][] {{1}}, new double[][] {{0, 1}});
        assertEquals(Double.POSITIVE_INFINITY, new EncogMlp().gradient(large).loss());
    }

    /**
     * FINDINGS.md#sigmoid-floor. One sigmoid unit, w = 1, b = 0, x = −50: σ(−50) = e^−50/(1 + e^−50) =
     * 1.9287498479639178e−22; Encog clips e^50 ≈ 5.18e21 to 1e20 and returns 1/(1 + 1e20) = 1e−20. At x = −46,
     * e^46 ≈ 9.50e19 stays below the clip and Encog's σ(−46) ≈ 1.0530617357553812e−20 is right.
     */
    @Test
    void sigmoidNeverFallsBelowTenToTheMinusTwenty() {
        assertEquals(1e-20, sigmoidOutput(-50), 0, "spec: 1.9287498479639178e-22");
        assertEquals(1.0530617357553812e-20, sigmoidOutput(-46), 1e-34);
    }

    private static double sigmoidOutput(double x) {
        return new EncogMlp().gradient(oneUnit(Activation.SIGMOID, 1, 0, Loss.MSE, new double[][] {{x}},
                new double[][] {{0}})).output(0, 0);
    }

    /** The adapter puts Encog's JVM-wide error-calculation mode back after each call. */
    @Test
    void errorCalculationModeIsRestored() {
        ErrorCalculation.setMode(ErrorCalculationMode.RMS);
        try {
            new EncogMlp().gradient(oneUnit(Activation.SOFTMAX, 1, 0, Loss.CROSS_ENTROPY, new double[][] {{1}},
                    new double[][] {{1}}));
            assertEquals(ErrorCalculationMode.RMS, ErrorCalculation.getMode());
        } finally {
            ErrorCalculation.setMode(ErrorCalculationMode.MSE);
        }
    }

    private static Problem oneUnit(Activation activation, double w, double b, Loss loss, double[][] inputs,
            double[][] targets) {
        return new Problem(null, List.of(new Layer(activation, new double[][] {{w}}, new double[] {b})), loss, inputs,
                targets);
    }

    /** Two one-unit layers with zero biases and mse, one example (x, 0). */
    private static Problem twoUnits(Activation hidden, double w1, Activation output, double w2, double x) {
        return new Problem(null, List.of(new Layer(hidden, new double[][] {{w1}}, new double[] {0}),
                new Layer(output, new double[][] {{w2}}, new double[] {0})), Loss.MSE, new double[][] {{x}},
                new double[][] {{0}});
    }

    /** The trainer's gradient array after one step with learning rate 1 and momentum 0 (Encog's public route). */
    private static double[] oneStep(Problem problem, boolean flatSpotFix) {
        Backpropagation trainer = new Backpropagation(EncogNetworks.of(problem),
                new BasicMLDataSet(problem.inputs(), problem.targets()), 1, 0);
        trainer.setThreadCount(1);
        trainer.fixFlatSpot(flatSpotFix);
        trainer.iteration();
        return trainer.getLastDelta().clone();
    }
}
