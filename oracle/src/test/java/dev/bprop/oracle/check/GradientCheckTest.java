package dev.bprop.oracle.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    }

    /** FULL_LIMIT itself is still checked component by component. */
    @Test
    void theFullCheckGoesUpToTheLimitIncluded() {
        assertTrue(GradientCheck.componentByComponent(GradientCheck.FULL_LIMIT));
        assertFalse(GradientCheck.componentByComponent(GradientCheck.FULL_LIMIT + 1));
    }
}
