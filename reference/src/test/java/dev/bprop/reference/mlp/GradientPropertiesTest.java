package dev.bprop.reference.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Properties of the gradient on random networks of every activation and loss (QuickTheories; the seed comes from
 * the system property QT_SEED, which the build fixes, and a falsified property prints it with the shrunk problem).
 */
class GradientPropertiesTest {
    /** The central-difference step: truncation error ~h² and rounding error ~ε/h balance near 1e-5. */
    private static final double STEP = 1e-5;
    /** Units this close to a kink are skipped, so that the whole stencil ±2h stays on one smooth piece. */
    private static final double KINK_MARGIN = 1e-3;
    private static final double EPSILON = Math.ulp(1.0);
    /** The "column" that stands for the bias b^l_j where a weight w^l_ji would have column i. */
    private static final int BIAS = -1;

    private static QuickTheory properties() {
        return qt().withExamples(150);
    }

    @Test
    void bp1ToBp4_gradientAgreesWithCentralDifferencesOfTheTextbookLossAwayFromKinks() {
        properties().forAll(RandomProblems.problems())
                .assuming(problem -> TextbookNetwork.distanceFromKinks(problem) > KINK_MARGIN)
                .checkAssert(problem -> {
                    Result result = Backpropagation.gradient(problem);
                    for (int l = 1; l <= problem.depth(); l++) {
                        Layer layer = problem.layer(l);
                        for (int j = 0; j < layer.outputs(); j++) {
                            for (int i = 0; i < layer.inputs(); i++) {
                                assertAgreesWithCentralDifference(problem, l, j, i, result.gradient(l).weight(j, i));
                            }
                            assertAgreesWithCentralDifference(problem, l, j, BIAS, result.gradient(l).bias(j));
                        }
                    }
                });
    }

    @Test
    void fwd_lossAndOutputsAgreeWithTheTextbookForwardPass() {
        properties().forAll(RandomProblems.problems()).checkAssert(problem -> {
            double expected = TextbookNetwork.loss(problem);
            assertEquals(expected, ForwardPass.of(problem).loss(), 1e-12 * (1 + Math.abs(expected)));
        });
    }

    @Test
    void bpBatch_gradientOfTheBatchIsTheMeanOfTheSingleExampleGradients() {
        properties().forAll(RandomProblems.problems()).checkAssert(problem -> {
            Result batch = Backpropagation.gradient(problem);
            int m = problem.batchSize();
            for (int l = 1; l <= problem.depth(); l++) {
                double[][] meanWeights = new double[problem.width(l)][problem.width(l - 1)];
                double[] meanBias = new double[problem.width(l)];
                for (int e = 0; e < m; e++) {
                    LayerGradient single = Backpropagation.gradient(singleExample(problem, e)).gradient(l);
                    for (int j = 0; j < meanBias.length; j++) {
                        meanBias[j] += single.bias(j) / m;
                        for (int i = 0; i < meanWeights[j].length; i++) {
                            meanWeights[j][i] += single.weight(j, i) / m;
                        }
                    }
                }
                assertGradientEquals(new LayerGradient(meanWeights, meanBias), batch.gradient(l));
            }
        });
    }

    /**
     * With W = I and b = 0 an identity layer passes a^(l−1) on unchanged, so J and every other layer's gradient
     * stay as they were, and BP2 then BP4 predict the new layer's gradient from the old trace: its error is
     * δ_e = (W^l)^T δ^l_e (g' = 1), so ∂J/∂W = Σ_e δ_e (a^(l−1)_e)^T and ∂J/∂b = Σ_e δ_e.
     */
    @Test
    void bp2Bp4_insertingAnIdentityLayerChangesNothingElseAndGetsTheGradientBp4Predicts() {
        properties().forAll(RandomProblems.problems(), integers().between(1, 3))
                .checkAssert((problem, position) -> {
                    int k = Math.min(position, problem.depth());
                    Trace old = Backpropagation.trace(problem);
                    Result widened = Backpropagation.gradient(withIdentityLayerBefore(problem, k));
                    assertEquals(old.loss(), widened.loss(), 1e-12 * (1 + Math.abs(old.loss())));
                    for (int l = 1; l <= problem.depth(); l++) {
                        assertGradientEquals(old.result().gradient(l), widened.gradient(l < k ? l : l + 1));
                    }
                    assertGradientEquals(predictedIdentityLayerGradient(problem, old, k), widened.gradient(k));
                });
    }

    private static LayerGradient predictedIdentityLayerGradient(Problem problem, Trace old, int k) {
        int n = problem.width(k - 1);
        Matrix errorAfter = old.error(k);
        Matrix input = old.forward().activation(k - 1);
        double[][] weights = new double[n][n];
        double[] bias = new double[n];
        for (int e = 0; e < problem.batchSize(); e++) {
            for (int j = 0; j < n; j++) {
                double error = 0;
                for (int unit = 0; unit < problem.width(k); unit++) {
                    error += problem.layer(k).weight(unit, j) * errorAfter.get(e, unit);
                }
                bias[j] += error;
                for (int i = 0; i < n; i++) {
                    weights[j][i] += error * input.get(e, i);
                }
            }
        }
        return new LayerGradient(weights, bias);
    }

    /**
     * The central difference D(h) = (J(θ + h) − J(θ − h)) / 2h has error c·h² + O(h⁴) plus rounding of about
     * ε·|J| / h. Richardson's estimate of the first, |D(h) − D(2h)| / 3, is doubled for safety.
     */
    private static void assertAgreesWithCentralDifference(Problem problem, int l, int j, int i, double gradient) {
        String pieces = TextbookNetwork.pieces(problem);
        for (double offset : new double[] {-2 * STEP, -STEP, STEP, 2 * STEP}) {
            if (!TextbookNetwork.pieces(perturbed(problem, l, j, i, offset)).equals(pieces)) {
                return;
            }
        }
        double small = centralDifference(problem, l, j, i, STEP);
        double large = centralDifference(problem, l, j, i, 2 * STEP);
        double tolerance = 2 * Math.abs(small - large) / 3
                + 16 * EPSILON * Math.max(1, Math.abs(TextbookNetwork.loss(problem))) / STEP;
        assertTrue(Math.abs(gradient - small) <= tolerance, () -> "∂J/∂" + (i == BIAS ? "b" : "w") + "^" + l
                + "_" + j + (i == BIAS ? "" : "," + i) + ": backpropagation " + gradient + ", central difference "
                + small + " (±" + tolerance + ")");
    }

    private static double centralDifference(Problem problem, int l, int j, int i, double step) {
        return (TextbookNetwork.loss(perturbed(problem, l, j, i, step))
                - TextbookNetwork.loss(perturbed(problem, l, j, i, -step))) / (2 * step);
    }

    /** The problem with w^l_ji (or b^l_j for i = BIAS) moved by {@code offset}. */
    private static Problem perturbed(Problem problem, int l, int j, int i, double offset) {
        List<Layer> layers = new ArrayList<>(problem.layers());
        Layer layer = problem.layer(l);
        double[][] weights = layer.weights();
        double[] bias = layer.bias();
        if (i == BIAS) {
            bias[j] += offset;
        } else {
            weights[j][i] += offset;
        }
        layers.set(l - 1, new Layer(layer.activation(), weights, bias));
        return new Problem(null, layers, problem.loss(), problem.inputs(), problem.targets());
    }

    private static Problem singleExample(Problem problem, int e) {
        return new Problem(null, problem.layers(), problem.loss(), new double[][] {problem.inputs()[e]},
                new double[][] {problem.targets()[e]});
    }

    private static Problem withIdentityLayerBefore(Problem problem, int k) {
        int n = problem.width(k - 1);
        double[][] identity = new double[n][n];
        for (int i = 0; i < n; i++) {
            identity[i][i] = 1;
        }
        List<Layer> layers = new ArrayList<>(problem.layers());
        layers.add(k - 1, new Layer(Activation.IDENTITY, identity, new double[n]));
        return new Problem(null, layers, problem.loss(), problem.inputs(), problem.targets());
    }

    private static void assertGradientEquals(LayerGradient expected, LayerGradient found) {
        double[][] expectedWeights = expected.weights();
        for (int j = 0; j < expectedWeights.length; j++) {
            assertEquals(expected.bias(j), found.bias(j), 1e-12 * (1 + Math.abs(expected.bias(j))), "bias " + j);
            for (int i = 0; i < expectedWeights[j].length; i++) {
                assertEquals(expectedWeights[j][i], found.weight(j, i), 1e-12 * (1 + Math.abs(expectedWeights[j][i])),
                        "weight " + j + "," + i);
            }
        }
    }
}
