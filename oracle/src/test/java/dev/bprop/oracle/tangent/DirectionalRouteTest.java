package dev.bprop.oracle.tangent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.compare.DirectionalCheck;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * CMP-DIRECTIONAL's two routes in {@link DirectionalCheck}: DerivativeStructure up to 1 000 parameters, the matrix
 * forward mode above, each accepting the gradient worked out by hand and rejecting it rounded to float32.
 */
class DirectionalRouteTest {
    private static final long SEED = Long.getLong("QT_SEED", 0);

    /** 10 units from 99 inputs: 10·(99 + 1) = 1 000 parameters, the last count on the DerivativeStructure route. */
    @Test
    void cmpDirectional_aThousandParametersTakeDerivativeStructure() {
        assertRoute(10, 99, "DerivativeStructure");
    }

    /** 11 units from 90 inputs: 11·(90 + 1) = 1 001 parameters, the first count on the matrix route. */
    @Test
    void cmpDirectional_aThousandAndOneParametersTakeTheMatrixRoute() {
        assertRoute(11, 90, "matrix forward mode");
    }

    /** A graph takes DerivativeStructure whatever its size: f = x·y at (2, −3) has the gradient (−3, 2) by hand. */
    @Test
    void cmpDirectional_aGraphTakesDerivativeStructure() {
        GraphObjective graph = new GraphObjective(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 2}, {"name": "y", "op": "input", "value": -3},
                           {"name": "f", "op": "mul", "inputs": ["x", "y"]}], "output": "f"}"""));
        ElementComparison check = DirectionalCheck.of(graph, new double[] {-3, 2}, "by hand", SEED);
        assertEquals(Verdict.AGREES, check.verdict(), check + " seed " + SEED);
        assertTrue(check.toleranceOrigin().contains("by hand and DerivativeStructure"), check.toleranceOrigin());
    }

    private static void assertRoute(int outputs, int inputs, String route) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] weights = new double[outputs][inputs];
        for (double[] row : weights) {
            for (int i = 0; i < inputs; i++) {
                row[i] = random.nextDouble(-1, 1);
            }
        }
        double[] bias = random.doubles(outputs, -1, 1).toArray();
        double[] x = random.doubles(inputs, -1, 1).toArray();
        double[] y = random.doubles(outputs, -1, 1).toArray();
        Problem problem = new Problem("route", List.of(new Layer(Activation.IDENTITY, weights, bias)), Loss.MSE,
                new double[][] {x}, new double[][] {y});
        ProblemObjective objective = new ProblemObjective(problem);
        assertEquals(outputs * (inputs + 1), objective.dimension());
        double[] gradient = byHand(objective, weights, bias, x, y);
        ElementComparison check = DirectionalCheck.of(objective, gradient, "by hand", SEED);
        assertEquals(Verdict.AGREES, check.verdict(), check + " seed " + SEED);
        assertTrue(check.toleranceOrigin().contains("by hand and " + route), check.toleranceOrigin());
        for (int k = 0; k < gradient.length; k++) {
            gradient[k] = (float) gradient[k];
        }
        ElementComparison leak = DirectionalCheck.of(objective, gradient, "float32 leak", SEED);
        assertEquals(Verdict.DISAGREES, leak.verdict(), leak + " seed " + SEED);
    }

    /**
     * One identity layer with mse and m = 1: J = ½ Σ_j r_j², r = W x + b − y, so ∂J/∂w_ji = r_j x_i and
     * ∂J/∂b_j = r_j (BP1 with g' = 1, BP3, BP4).
     */
    private static double[] byHand(ProblemObjective objective, double[][] weights, double[] bias, double[] x,
            double[] y) {
        double[] gradient = new double[objective.dimension()];
        for (int j = 0; j < bias.length; j++) {
            double r = bias[j] - y[j];
            for (int i = 0; i < x.length; i++) {
                r += weights[j][i] * x[i];
            }
            for (int i = 0; i < x.length; i++) {
                gradient[objective.weightIndex(1, j, i)] = r * x[i];
            }
            gradient[objective.biasIndex(1, j)] = r;
        }
        return gradient;
    }
}
