package dev.bprop.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The EJML anchor computes the gradient it is timed for (COST-TIME compares like with like): on the 1 000-weight
 * benchmark network, its loss and every weight and bias gradient agree with the reference's to 1e−12 of the
 * largest gradient entry, which is what the two derivative forms of tanh' and the summation orders allow.
 */
class EjmlMlpTest {
    @Test
    void costTime_theEjmlAnchorComputesTheReferenceGradient() {
        Problem problem = Network.problem(20);
        Result reference = Backpropagation.gradient(problem);
        EjmlMlp anchor = new EjmlMlp();
        anchor.setUp(problem);
        assertEquals(reference.loss(), anchor.gradient(), 1e-12 * reference.loss(), "loss");
        for (int l = 1; l <= problem.depth(); l++) {
            double[][] weights = reference.gradient(l).weights();
            double[] bias = reference.gradient(l).bias();
            double scale = largest(weights);
            DMatrixRMaj weightGradient = anchor.weightGradient(l);
            for (int j = 0; j < weights.length; j++) {
                for (int i = 0; i < weights[j].length; i++) {
                    assertEquals(weights[j][i], weightGradient.get(j, i), 1e-12 * scale,
                            "∂J/∂w^" + l + "_" + j + i);
                }
                assertEquals(bias[j], anchor.biasGradient(l).get(0, j), 1e-12 * scale, "∂J/∂b^" + l + "_" + j);
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
