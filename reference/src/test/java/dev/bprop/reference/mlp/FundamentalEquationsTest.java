package dev.bprop.reference.mlp;

import static dev.bprop.reference.mlp.XorExamplesTest.assertMatrixEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** BP1–BP4 one at a time, on small matrices worked by hand; rows are examples. */
class FundamentalEquationsTest {
    /* δ^L = ∇_{a}J ⊙ g'(z): (2, −3) ⊙ (0.5, 4) = (1, −12); second example (1, 1) ⊙ (0, 2) = (0, 2). */
    @Test
    void bp1_outputErrorIsLossGradientTimesActivationDerivativeElementByElement() {
        Matrix lossGradient = Matrix.of(new double[][] {{2, -3}, {1, 1}});
        Matrix derivative = Matrix.of(new double[][] {{0.5, 4}, {0, 2}});
        assertMatrixEquals(new double[][] {{1, -12}, {0, 2}},
                FundamentalEquations.bp1OutputError(lossGradient, derivative).toArray());
    }

    /*
     * a = (1/4, 3/4), g = (1, 0): Σ_k a_k g_k = 1/4, δ = (¼(1 − ¼), ¾(0 − ¼)) = (3/16, −3/16).
     * Check by the Jacobian ∂a_k/∂z_j = a_k(1[j=k] − a_j): δ_0 = g_0·a_0(1 − a_0) + g_1·(−a_1 a_0) = 3/16. ✓
     * Second example a = (1/2, 1/2), g = (2, 4): Σ = 3, δ = (½(2 − 3), ½(4 − 3)) = (−½, ½).
     */
    @Test
    void bp1Jacobian_softmaxOutputErrorIsOutputTimesLossGradientMinusItsOutputWeightedMean() {
        Matrix outputs = Matrix.of(new double[][] {{0.25, 0.75}, {0.5, 0.5}});
        Matrix lossGradient = Matrix.of(new double[][] {{1, 0}, {2, 4}});
        assertMatrixEquals(new double[][] {{0.1875, -0.1875}, {-0.5, 0.5}},
                FundamentalEquations.bp1SoftmaxJacobianOutputError(outputs, lossGradient).toArray());
    }

    /* m = 2: ((1/4, 3/4) − (0, 1))/2 = (1/8, −1/8); ((1/2, 1/2) − (1, 0))/2 = (−1/4, 1/4). */
    @Test
    void bp1SoftmaxCe_outputErrorIsOutputMinusTargetOverM() {
        Matrix outputs = Matrix.of(new double[][] {{0.25, 0.75}, {0.5, 0.5}});
        Matrix targets = Matrix.of(new double[][] {{0, 1}, {1, 0}});
        assertMatrixEquals(new double[][] {{0.125, -0.125}, {-0.25, 0.25}},
                FundamentalEquations.bp1SoftmaxCrossEntropyOutputError(outputs, targets).toArray());
    }

    /*
     * Targets the spec accepts although they sum to 1 + 5e−10 (LOSS-CE allows 1e−9). The gradient of
     * ℓ = −Σ_k y_k ln a_k with respect to z_j is, from ∂ln a_k/∂z_j = 1[j = k] − a_j, −Σ_k y_k (1[j = k] − a_j),
     * summed here term by term; with a = (1/4, 3/4) it differs from a − y by 5e−10·a_j, which the tolerance sees.
     * Second example: a = (1/2, 1/2), y = (1 + 5e−10, 0). m = 2 divides both.
     */
    @Test
    void bp1SoftmaxCe_targetsSummingToOneWithinTheToleranceGetTheGradientOfTheirLoss() {
        double[][] a = {{0.25, 0.75}, {0.5, 0.5}};
        double[][] y = {{0.25 + 5e-10, 0.75}, {1 + 5e-10, 0}};
        double[][] expected = new double[2][2];
        for (int e = 0; e < 2; e++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 2; k++) {
                    expected[e][j] -= y[e][k] * ((j == k ? 1 : 0) - a[e][j]) / 2;
                }
            }
        }
        double[][] found = FundamentalEquations.bp1SoftmaxCrossEntropyOutputError(Matrix.of(a), Matrix.of(y))
                .toArray();
        for (int e = 0; e < 2; e++) {
            assertArrayEquals(expected[e], found[e], 1e-15, "row " + e);
        }
        assertNotEquals((a[0][0] - y[0][0]) / 2, found[0][0], 1e-11, "a − y, right only for sums of exactly 1");
    }

    /* m = 4: (0.75 − 1)/4 = −1/16, (0.5 − 0)/4 = 1/8, (1 − 1)/4 = 0, (0.25 − 0.5)/4 = −1/16. */
    @Test
    void bp1SigmoidBce_outputErrorIsOutputMinusTargetOverM() {
        Matrix outputs = Matrix.of(new double[][] {{0.75}, {0.5}, {1}, {0.25}});
        Matrix targets = Matrix.of(new double[][] {{1}, {0}, {1}, {0.5}});
        assertMatrixEquals(new double[][] {{-0.0625}, {0.125}, {0}, {-0.0625}},
                FundamentalEquations.bp1SigmoidBinaryCrossEntropyOutputError(outputs, targets).toArray());
    }

    /*
     * W^(l+1) = [[1, 2, 3], [4, 5, 6]], δ^(l+1) = (1, −1): (W^(l+1))^T δ = (1 − 4, 2 − 5, 3 − 6) = (−3, −3, −3),
     * ⊙ g' = (1, 0.5, 2) gives (−3, −1.5, −6). Second example δ = (0, 2): W^T δ = (8, 10, 12) ⊙ (0, 1, −1)
     * = (0, 10, −12).
     */
    @Test
    void bp2_hiddenErrorIsTransposedWeightsTimesNextErrorTimesDerivative() {
        Matrix nextWeights = Matrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        Matrix nextError = Matrix.of(new double[][] {{1, -1}, {0, 2}});
        Matrix derivative = Matrix.of(new double[][] {{1, 0.5, 2}, {0, 1, -1}});
        assertMatrixEquals(new double[][] {{-3, -1.5, -6}, {0, 10, -12}},
                FundamentalEquations.bp2HiddenError(nextWeights, nextError, derivative).toArray());
    }

    /* δ_e = (1, 2), (3, 4), (5, 6): Σ_e δ_e = (9, 12). */
    @Test
    void bp3_biasGradientIsTheErrorSummedOverTheBatch() {
        assertArrayEquals(new double[] {9, 12},
                FundamentalEquations.bp3BiasGradient(Matrix.of(new double[][] {{1, 2}, {3, 4}, {5, 6}})));
    }

    /*
     * δ_1 = (1, 2), a_1 = (5, 6, 7): δ_1 a_1^T = [[5, 6, 7], [10, 12, 14]];
     * δ_2 = (3, 4), a_2 = (8, 9, 10): δ_2 a_2^T = [[24, 27, 30], [32, 36, 40]]; the sum is
     * [[29, 33, 37], [42, 48, 54]], in the shape of W^l (n_l = 2 rows, n_(l−1) = 3 columns).
     */
    @Test
    void bp4_weightGradientIsTheSumOverTheBatchOfErrorOuterPreviousActivation() {
        Matrix error = Matrix.of(new double[][] {{1, 2}, {3, 4}});
        Matrix previous = Matrix.of(new double[][] {{5, 6, 7}, {8, 9, 10}});
        assertMatrixEquals(new double[][] {{29, 33, 37}, {42, 48, 54}},
                FundamentalEquations.bp4WeightGradient(error, previous).toArray());
    }
}
