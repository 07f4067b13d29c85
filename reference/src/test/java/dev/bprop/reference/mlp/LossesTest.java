package dev.bprop.reference.mlp;

import static dev.bprop.reference.mlp.XorExamplesTest.assertMatrixEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.mlp.Loss;
import org.junit.jupiter.api.Test;

/** The losses of clause LOSS, each a mean over the batch (LOSS-MEAN), evaluated stably (LOSS-STABLE). */
class LossesTest {
    /* Rows (1, 2) against (0, 0) and (3, 3) against (3, 1): ½(1 + 4) = 2.5 and ½(0 + 4) = 2, mean 2.25. */
    @Test
    void lossMse_isTheMeanOverTheBatchOfHalfTheSquaredDistance() {
        Matrix outputs = Matrix.of(new double[][] {{1, 2}, {3, 3}});
        Matrix targets = Matrix.of(new double[][] {{0, 0}, {3, 1}});
        assertEquals(2.25, Losses.meanSquaredError(outputs, targets));
        assertEquals(2.25, Losses.value(Loss.MSE, null, outputs, targets));
    }

    /* ∇_{a}J = (A − Y)/m = ((1, 2), (0, 2))/2. */
    @Test
    void lossMse_gradientWithRespectToTheOutputsIsTheResidualOverM() {
        Matrix outputs = Matrix.of(new double[][] {{1, 2}, {3, 3}});
        Matrix targets = Matrix.of(new double[][] {{0, 0}, {3, 1}});
        assertMatrixEquals(new double[][] {{0.5, 1}, {0, 1}},
                Losses.meanSquaredErrorGradient(outputs, targets).toArray());
    }

    /*
     * Logits (0, ln 3) give softmax (1/4, 3/4). With y = (0, 1): −ln(3/4) = ln(4/3); with y = (1/2, 1/2):
     * −½ ln(1/4) − ½ ln(3/4) = ln 4 − ½ ln 3. The mean of the two rows is ½(ln(4/3) + ln 4 − ½ ln 3).
     */
    @Test
    void lossCe_isTheMeanOverTheBatchOfMinusYTimesLogSoftmax() {
        Matrix logits = Matrix.of(new double[][] {{0, Math.log(3)}, {0, Math.log(3)}});
        Matrix targets = Matrix.of(new double[][] {{0, 1}, {0.5, 0.5}});
        double expected = 0.5 * (Math.log(4.0 / 3) + Math.log(4) - 0.5 * Math.log(3));
        assertEquals(expected, Losses.crossEntropy(logits, targets), 1e-15);
        assertEquals(expected, Losses.value(Loss.CROSS_ENTROPY, logits, null, targets), 1e-15);
    }

    /* Logits (1000, −1000), y = (0, 1): lse = 1000, J = lse − (−1000) = 2000, where ln softmax would be −∞. */
    @Test
    void lossStable_lossCe_logitsOfMagnitude1000GiveAFiniteLoss() {
        assertEquals(2000, Losses.crossEntropy(Matrix.of(new double[][] {{1000, -1000}}),
                Matrix.of(new double[][] {{0, 1}})));
    }

    /*
     * Equal logits, however large, give softmax (1/n, …, 1/n) and ℓ = ln n for any one-hot y: (10^17, 10^17, 10^17)
     * gives ln 3, where (M + ln 3) − z_k rounds M + ln 3 to M (an ulp of 10^17 is 16) and gives 0. Likewise ln 2 at
     * −10^17 and at the largest double. Logits 16 apart at 10^17 (one ulp): ℓ = ln(1 + e^16) = 16 + ln(1 + e^(−16)),
     * whose second term (1.1e−7) the unshifted form also loses.
     */
    @Test
    void lossStable_lossCe_hugeEqualLogitsGiveLnN() {
        assertEquals(Math.log(3), Losses.crossEntropy(Matrix.of(new double[][] {{1e17, 1e17, 1e17}}),
                Matrix.of(new double[][] {{0, 1, 0}})), 1e-15);
        assertEquals(Math.log(2), Losses.crossEntropy(Matrix.of(new double[][] {{-1e17, -1e17}}),
                Matrix.of(new double[][] {{1, 0}})), 1e-15);
        assertEquals(Math.log(2), Losses.crossEntropy(Matrix.of(new double[][] {{Double.MAX_VALUE, Double.MAX_VALUE}}),
                Matrix.of(new double[][] {{0.5, 0.5}})), 1e-15);
        assertEquals(16 + Math.log1p(Math.exp(-16)), Losses.crossEntropy(Matrix.of(new double[][] {{1e17, 1e17 + 16}}),
                Matrix.of(new double[][] {{1, 0}})), 1e-14);
    }

    /*
     * Targets summing to 1 + 5e−10: ℓ = −Σ_k y_k ln a_k exactly as written, without assuming Σ y = 1. Logits (0, ln 3),
     * a = (1/4, 3/4), y = (1/4 + 5e−10, 3/4): ℓ = (1/4 + 5e−10) ln 4 + (3/4) ln(4/3).
     */
    @Test
    void lossCe_targetsSummingToOneWithinTheToleranceGiveTheirOwnLoss() {
        double expected = (0.25 + 5e-10) * Math.log(4) + 0.75 * Math.log(4.0 / 3);
        assertEquals(expected, Losses.crossEntropy(Matrix.of(new double[][] {{0, Math.log(3)}}),
                Matrix.of(new double[][] {{0.25 + 5e-10, 0.75}})), 1e-15);
    }

    /*
     * The analogous cases of LOSS-BCE: z = 40, y = 1: ℓ = softplus(−40) = ln(1 + e^(−40)) ≈ e^(−40) = 4.2e−18, which
     * softplus(z) − y z would lose (40 + 4.2e−18 rounds to 40). Huge logits: z = 10^17 with y = 1 gives 0, with
     * y = 1/2 gives z/2; z = −10^17 with y = 1/4 gives z/4 in magnitude.
     */
    @Test
    void lossStable_lossBce_largeLogitsKeepTheirSmallLossAndHugeOnesTheirLargeOne() {
        assertEquals(Math.exp(-40), Losses.binaryCrossEntropy(Matrix.of(new double[][] {{40}}),
                Matrix.of(new double[][] {{1}})), 1e-15 * Math.exp(-40));
        assertEquals(0, Losses.binaryCrossEntropy(Matrix.of(new double[][] {{1e17}}), Matrix.of(new double[][] {{1}})));
        assertEquals(5e16, Losses.binaryCrossEntropy(Matrix.of(new double[][] {{1e17}}),
                Matrix.of(new double[][] {{0.5}})));
        assertEquals(2.5e16, Losses.binaryCrossEntropy(Matrix.of(new double[][] {{-1e17}}),
                Matrix.of(new double[][] {{0.25}})));
    }

    /*
     * z = 0, y = 1: −ln σ(0) = ln 2. z = ln 3, y = 0: −ln(1 − 3/4) = ln 4. z = ln 3, y = 1/4:
     * −¼ ln(3/4) − ¾ ln(1/4) = ln 4 − ¼ ln 3. Mean over the three rows.
     */
    @Test
    void lossBce_isTheMeanOverTheBatchOfTheBinaryCrossEntropy() {
        Matrix logits = Matrix.of(new double[][] {{0}, {Math.log(3)}, {Math.log(3)}});
        Matrix targets = Matrix.of(new double[][] {{1}, {0}, {0.25}});
        double expected = (Math.log(2) + Math.log(4) + Math.log(4) - 0.25 * Math.log(3)) / 3;
        assertEquals(expected, Losses.binaryCrossEntropy(logits, targets), 1e-15);
        assertEquals(expected, Losses.value(Loss.BINARY_CROSS_ENTROPY, logits, null, targets), 1e-15);
    }

    /*
     * softplus(x) = ln(1 + e^x): softplus(0) = ln 2; softplus(1000) = 1000 + ln(1 + e^(−1000)) = 1000 where
     * e^1000 overflows; softplus(−30) = ln(1 + e^(−30)) = e^(−30) − e^(−60)/2 + …, which log1p keeps.
     */
    @Test
    void lossStable_softplusIsFiniteAndAccurateAtBothEnds() {
        assertEquals(Math.log(2), Losses.softplus(0));
        assertEquals(1000, Losses.softplus(1000));
        assertEquals(0, Losses.softplus(-1000));
        assertEquals(Math.exp(-30) - Math.exp(-60) / 2, Losses.softplus(-30), 1e-15 * Math.exp(-30));
        assertEquals(30 + Math.exp(-30), Losses.softplus(30), 1e-14);
    }
}
