package dev.bprop.benchmarks.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.pytorch.jni.JniUtils;
import dev.bprop.benchmarks.Network;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The peers' timed gradients are the reference's gradient (COST-TIME compares like with like): on every benchmark
 * network, DL4J's and DJL's loss and every weight and bias gradient agree with the reference's to 1e−9 of the
 * layer's largest gradient entry — loose, for the libraries' other summation orders and their own softmax and tanh,
 * yet a wrong layout, a missing 1/m or a missing layer would miss it by orders of magnitude — and each library
 * computes on the one thread the table says.
 */
class PeerGradientTest {
    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {20, 67, 220, 705})
    void costTime_dl4jComputesTheReferenceGradient(int width) {
        Problem problem = Network.problem(width);
        Dl4jMlp dl4j = new Dl4jMlp(problem);
        double loss = dl4j.gradient();
        assertSameGradient(Backpropagation.gradient(problem), loss, dl4j.gradients());
    }

    @ParameterizedTest(name = "width {0}")
    @ValueSource(ints = {20, 67, 220, 705})
    void costTime_djlComputesTheReferenceGradient(int width) {
        Problem problem = Network.problem(width);
        try (DjlMlp djl = new DjlMlp(problem)) {
            double loss = djl.gradient();
            assertSameGradient(Backpropagation.gradient(problem), loss, djl.gradients());
        }
    }

    @Test
    void costTime_eachPeerComputesOnOneThread() {
        Problem problem = Network.problem(20);
        new Dl4jMlp(problem).gradient();
        try (DjlMlp djl = new DjlMlp(problem)) {
            djl.gradient();
        }
        assertEquals(1, Nd4j.getEnvironment().maxThreads(), "nd4j's threads");
        assertEquals(1, Nd4j.factory().blas().getMaxThreads(), "OpenBLAS's threads");
        assertEquals(1, JniUtils.getNumThreads(), "PyTorch's intra-op threads");
        assertEquals(1, JniUtils.getNumInteropThreads(), "PyTorch's inter-op threads");
    }

    private static void assertSameGradient(Result reference, double loss, List<LayerGradient> found) {
        assertEquals(reference.loss(), loss, TOLERANCE * reference.loss(), "J");
        assertEquals(reference.gradients().size(), found.size(), "layers");
        for (int l = 1; l <= found.size(); l++) {
            double[][] weights = reference.gradient(l).weights();
            double[] bias = reference.gradient(l).bias();
            double scale = TOLERANCE * largest(weights);
            double[][] foundWeights = found.get(l - 1).weights();
            double[] foundBias = found.get(l - 1).bias();
            assertEquals(weights.length, foundWeights.length, "rows of ∂J/∂W^" + l);
            for (int j = 0; j < weights.length; j++) {
                for (int i = 0; i < weights[j].length; i++) {
                    assertEquals(weights[j][i], foundWeights[j][i], scale, "∂J/∂w^" + l + "_" + j + "," + i);
                }
                assertEquals(bias[j], foundBias[j], scale, "∂J/∂b^" + l + "_" + j);
            }
        }
    }

    private static double largest(double[][] matrix) {
        double largest = 0;
        for (double[] row : matrix) {
            for (double value : row) {
                largest = Math.max(largest, Math.abs(value));
            }
        }
        return largest;
    }
}
