package dev.bprop.conformance.internal.diagnose.model;

import static dev.bprop.conformance.internal.diagnose.model.Problems.batch;
import static dev.bprop.conformance.internal.diagnose.model.Problems.predict;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The batch models on one identity unit (w = 1, b = 0, y = 0) and the inputs x = (1, 2, 4): example e weighs ω_e,
 * so ∂J/∂b = Σ ω_e·x_e and ∂J/∂w = Σ ω_e·x_e², where BP-BATCH wants ω_e = 1/3: 7/3 and 21/3. The loss and the
 * outputs stay the spec's: J = (1 + 4 + 16)/2/3 = 3.5, a = x.
 */
class BatchModelsTest {
    private static final Problem ONE_TWO_FOUR = batch(1, 2, 4);

    @Test
    void BP_BATCH_eachModelWeighsTheExamplesItsWay() {
        assertGradient(7, 21, "batch-sum-instead-of-mean");
        assertGradient(7.0 / 9, 21.0 / 9, "batch-mean-taken-twice");
        assertGradient(0, 0, "batch-integer-one-over-m");
        assertGradient(1.0 / 3, 1.0 / 3, "batch-first-example-only");
        assertGradient((1 + 2) / 3.0, (1 + 4) / 3.0, "batch-last-example-dropped");
        assertGradient(4.0 / 3, 16.0 / 3, "batch-last-example-only");
    }

    @Test
    void BP_BATCH_theLossAndTheOutputsStayTheSpecs() {
        Result result = predict("batch-sum-instead-of-mean", ONE_TWO_FOUR);
        assertEquals(3.5, result.loss());
        assertArrayEquals(new double[][] {{1}, {2}, {4}}, result.outputs());
    }

    /**
     * Micro-batches of 32: at m = 33 the first 32 examples weigh 1/32 and the 33rd 1/1, so with x = 1 but x_32 = 4,
     * ∂J/∂b = 32/32 + 4 = 5 and ∂J/∂w = 1 + 16 = 17; at m = 40 (all x = 1) the tail of 8 weighs 1/8: 1 + 1 = 2.
     */
    @Test
    void BP_BATCH_microBatchMeansSummed() {
        double[] x = new double[33];
        Arrays.fill(x, 1);
        x[32] = 4;
        Result result = predict("batch-micro-batch-means-summed", batch(x));
        assertEquals(5, result.gradient(1).bias(0), 1e-15);
        assertEquals(17, result.gradient(1).weight(0, 0), 1e-14);
        double[] forty = new double[40];
        Arrays.fill(forty, 1);
        assertEquals(2, predict("batch-micro-batch-means-summed", batch(forty)).gradient(1).bias(0), 1e-15);
    }

    /** A batch model needs two examples (the micro-batch one 33) to differ from the spec. */
    @Test
    void KIT_DIAGNOSIS_batchModelsApplyFromTheBatchSizeTheyNeed() {
        assertFalse(Problems.model("batch-sum-instead-of-mean").applies().test(batch(1)));
        assertTrue(Problems.model("batch-sum-instead-of-mean").applies().test(batch(1, 2)));
        assertFalse(Problems.model("batch-micro-batch-means-summed").applies().test(batch(new double[32])));
        assertTrue(Problems.model("batch-micro-batch-means-summed").applies().test(batch(new double[33])));
        assertEquals("BP-BATCH", Problems.model("batch-last-example-only").clause());
    }

    private static void assertGradient(double bias, double weight, String model) {
        Result result = predict(model, ONE_TWO_FOUR);
        assertEquals(bias, result.gradient(1).bias(0), 1e-15, model + " ∂J/∂b");
        assertEquals(weight, result.gradient(1).weight(0, 0), 1e-15, model + " ∂J/∂w");
    }
}
