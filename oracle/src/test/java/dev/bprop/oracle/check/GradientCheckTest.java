package dev.bprop.oracle.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** All oracles on one gradient under test: the contract's XOR numbers, a wrong one, a large network. */
class GradientCheckTest {
    private static final ProblemObjective XOR = new ProblemObjective(
            VectorCatalog.byId("xor-relu-shifted").orElseThrow().problem().orElseThrow());
    private static final double[] CONTRACT = {0.15, 0.15, -0.15, -0.15, 0.225, -0.15, 0.3, 0.075, 0.3};

    @Test
    void exXorShifted_theContractsGradientAgreesWithEveryOracle() {
        GradientCheck check = GradientCheck.of(XOR, CONTRACT, "contract", 1);
        assertTrue(check.agrees(), String.join("\n", check.disagreements()));
        assertEquals(6, check.comparisons().size());
        assertEquals(4, check.kinks(1));
        assertEquals(0, check.kinks(2));
        assertTrue(check.exact().isPresent());
        assertEquals(List.of(), check.disagreements());
        assertEquals("contract", check.comparison("DerivativeStructure", "contract").orElseThrow().found());
        assertEquals("exact fractions", check.comparison("exact fractions", "DerivativeStructure").orElseThrow()
                .expected());
        assertEquals("finite differences", check.comparison("finite differences", "contract").orElseThrow()
                .expected());
        assertEquals("DerivativeStructure", check.comparison("finite differences", "DerivativeStructure")
                .orElseThrow().found());
        assertTrue(check.comparison("contract", "DerivativeStructure").isEmpty());
        assertEquals("DerivativeStructure, finite differences, exact fractions", check.methods());
        assertEquals(List.of(), check.skipped());
    }

    /**
     * CMP-TOLERANCE's exact oracle: a tanh unit is not rational, so exact fractions have nothing to say and are not
     * reported as skipped; x = 1.0001 squared 8 times needs a denominator of 2^(52·256) = 2^13312, beyond the
     * budget's 8 192 bits, and is named as skipped.
     */
    @Test
    void cmpTolerance_theOraclesThatRanAndTheOnesSkipped() {
        ProblemObjective tanh = new ProblemObjective(BpropJson.parseProblem("""
                {"layers": [{"activation": "tanh", "weights": [[0.5]], "bias": [0]}],
                 "loss": "mse", "inputs": [[1]], "targets": [[0]]}"""));
        GradientCheck irrational = GradientCheck.of(tanh, ForwardMode.gradient(tanh), "forward", 1);
        assertEquals("DerivativeStructure, finite differences", irrational.methods());
        assertEquals(List.of(), irrational.skipped());
        StringBuilder nodes = new StringBuilder("{\"name\": \"x0\", \"op\": \"input\", \"value\": 1.0001}");
        for (int i = 1; i <= 8; i++) {
            nodes.append(", {\"name\": \"x").append(i).append("\", \"op\": \"mul\", \"inputs\": [\"x")
                    .append(i - 1).append("\", \"x").append(i - 1).append("\"]}");
        }
        GraphObjective squares = new GraphObjective(BpropJson.parseGraph("{\"nodes\": [" + nodes
                + "], \"output\": \"x8\"}"));
        GradientCheck skipped = GradientCheck.of(squares, ForwardMode.gradient(squares), "forward", 1);
        assertEquals("DerivativeStructure, finite differences", skipped.methods());
        assertEquals(List.of("exact fractions: skipped: over its budget (a fraction of more than 8192 bits)"),
                skipped.skipped());
    }

    /** The central difference's 0.2625 in place of 0.225 (ACT-KINK's trap) disagrees with AD and exact fractions. */
    @Test
    void actKink_theCentralDifferenceIsNotTheConvention() {
        double[] wrong = CONTRACT.clone();
        wrong[4] = 0.2625;
        GradientCheck check = GradientCheck.of(XOR, wrong, "central", 1);
        assertFalse(check.agrees());
        assertEquals(2, check.disagreements().size());
    }

    /**
     * A 45 × 45 identity layer, 2 070 parameters: every w_ji = 1/2 but the last of each row, 1/4, b = 0, x = 1,
     * y = 0 and MSE, so z_j = 44·½ + ¼ = 22.25 and ∂J/∂w_ji = z_j·x_i = 22.25, ∂J/∂b_j = z_j = 22.25 (m = 1).
     */
    private static ProblemObjective wideLayer() {
        int n = 45;
        StringBuilder rows = new StringBuilder();
        for (int j = 0; j < n; j++) {
            rows.append(j == 0 ? "[" : ",[").append("0.5,".repeat(n - 1)).append("0.25]");
        }
        return new ProblemObjective(BpropJson.parseProblem("{\"layers\": [{\"activation\": "
                + "\"identity\", \"weights\": [" + rows + "], \"bias\": [" + "0,".repeat(n - 1) + "0]}], \"loss\": "
                + "\"mse\", \"inputs\": [[" + "1,".repeat(n - 1) + "1]], \"targets\": [[" + "0,".repeat(n - 1) + "0]]}"));
    }

    /** Above FULL_LIMIT parameters the check goes along one random direction only: zeros disagree there. */
    @Test
    void cmpDirectional_aLargeObjectiveIsCheckedAlongADirection() {
        ProblemObjective big = wideLayer();
        assertTrue(big.dimension() > GradientCheck.FULL_LIMIT);
        double[] zero = new double[big.dimension()];
        GradientCheck check = GradientCheck.of(big, zero, "zeros", 3);
        assertTrue(check.comparisons().isEmpty());
        assertFalse(check.agrees());
        assertTrue(check.disagreements().get(0).startsWith("CMP-DIRECTIONAL seed 3: expected "),
                check.disagreements().get(0));
    }

    /** The hand-computed gradient of the wide layer, 22.25 everywhere, agrees along the direction. */
    @Test
    void cmpDirectional_theRightGradientAgreesAlongADirection() {
        ProblemObjective big = wideLayer();
        double[] gradient = new double[big.dimension()];
        Arrays.fill(gradient, 22.25);
        GradientCheck check = GradientCheck.of(big, gradient, "by hand", 3);
        assertTrue(check.agrees(), String.join("\n", check.disagreements()));
        assertEquals(List.of(), check.disagreements());
        assertTrue(check.directional().isPresent());
        assertEquals("DerivativeStructure along a random direction, seed 3", check.methods());
    }

    /** FULL_LIMIT itself is still checked component by component. */
    @Test
    void theFullCheckGoesUpToTheLimitIncluded() {
        assertTrue(GradientCheck.componentByComponent(GradientCheck.FULL_LIMIT));
        assertFalse(GradientCheck.componentByComponent(GradientCheck.FULL_LIMIT + 1));
    }

    /**
     * CMP-TOLERANCE's finite-difference error on a loss of many rounded terms: a 2-2-1 tanh network with mse whose
     * batch repeats one example 100 times. J is a mean of 100 equal terms, rounded 100 times, so its evaluation error
     * is up to D·u·V (CMP-VALUE), far above u·V; the error estimate of each difference quotient must not claim less.
     * DerivativeStructure's gradient as the one under test: every pair of oracles agrees. (With a floor of 2u·V/h,
     * finite differences were 2.5e−11 from DerivativeStructure on ∂J/∂b¹₁ with an estimate of 1.7e−11.)
     */
    @Test
    void cmpTolerance_oneExampleRepeatedAHundredTimes() {
        String inputs = "[-1.1169078293071322, -0.30906212835136726],".repeat(99)
                + "[-1.1169078293071322, -0.30906212835136726]";
        String targets = "[0.7743335815181034],".repeat(99) + "[0.7743335815181034]";
        ProblemObjective repeated = new ProblemObjective(BpropJson.parseProblem("{\"layers\": [{\"activation\": "
                + "\"tanh\", \"weights\": [[1.8907521615152634, 0.7643454805333616], [0.2624947134638971, "
                + "-0.11764448191242849]], \"bias\": [0.24797322861073678, 0.7203102985364067]}, {\"activation\": "
                + "\"tanh\", \"weights\": [[1.2230003501792903, -1.5638062235139296]], \"bias\": "
                + "[0.29916975003429136]}],"
                + "\"loss\": \"mse\", \"inputs\": [" + inputs + "], \"targets\": [" + targets + "]}"));
        GradientCheck check = GradientCheck.of(repeated, dev.bprop.oracle.ad.ForwardMode.gradient(repeated),
                "DerivativeStructure", 1);
        assertTrue(check.agrees(), String.join("\n", check.disagreements()));
    }
}
