package dev.bprop.crosscheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.ad.ForwardMode;
import dev.bprop.oracle.bound.RoundingBound;
import dev.bprop.oracle.compare.Comparison;
import dev.bprop.oracle.compare.Estimate;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * CMP-TOLERANCE holds a float64 implementation close to rounding error: the reference passes, and the same
 * gradient with float32 arithmetic leaked in (each component rounded to float, relative error up to 6·10^(−8))
 * fails, on every transcendental problem vector.
 */
class Float32LeakTest {
    @Test
    void cmpTolerance_aFloat32LeakFailsWhereTheReferencePasses() {
        for (TestVector vector : VectorCatalog.all()) {
            if (!vector.isProblem() || vector.id().contains("saturated") || vector.id().contains("large")) {
                continue;
            }
            ProblemObjective objective = new ProblemObjective(vector.problem().orElseThrow());
            double[] reference = objective.flatten(Backpropagation.gradient(objective.problem()));
            double[] leaked = new double[reference.length];
            boolean changed = false;
            for (int k = 0; k < reference.length; k++) {
                leaked[k] = (float) reference[k];
                changed |= leaked[k] != reference[k];
            }
            Estimate forward = Estimate.float64("DerivativeStructure", ForwardMode.gradient(objective));
            RoundingBound bound = RoundingBound.of(objective);
            assertTrue(Comparison.of(objective, forward, Estimate.float64("reference", reference), bound,
                    OptionalLong.empty()).agrees(), vector.id());
            if (changed) {
                assertFalse(Comparison.of(objective, forward, Estimate.float64("float32 leak", leaked), bound,
                        OptionalLong.empty()).agrees(), vector.id());
            }
        }
    }
}
