package dev.bprop.conformance.internal.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The findings a reproduction states (KIT-DIAGNOSIS). */
class ReproducedTest {
    private static final Reproduced MISSING = new Reproduced("bias-gradient-missing", "BP3", "∂J/∂b^l left at 0", "",
            3);
    private static final Reproduced DECAY = new Reproduced("weight-decay-added", "BP4", "a weight-decay term", "λ = 0.5",
            0);

    @Test
    void KIT_DIAGNOSIS_aFindingNamesTheModelItsClauseItsCauseAndTheLargestDistance() {
        assertEquals("reproduced by model `bias-gradient-missing` (BP3): your result equals the reference computed "
                + "with ∂J/∂b^l left at 0 — every number within its tolerance and the model's own rounding, the "
                + "largest difference 3 ulps", MISSING.finding());
        assertEquals("reproduced by model `weight-decay-added` (BP4): your result equals the reference computed "
                + "with a weight-decay term, λ = 0.5 — every number within its tolerance and the model's own "
                + "rounding, the largest difference 0 ulps", DECAY.finding());
    }

    @Test
    void KIT_DIAGNOSIS_severalModelsWithTheSameNumbersAreAllNamedWithANote() {
        assertEquals(List.of(MISSING.finding()), Reproduced.findings(List.of(MISSING), 46));
        assertEquals(List.of(MISSING.finding(), DECAY.finding(), "2 of the 46 known bugs give these same numbers on "
                + "this problem; a larger problem tells them apart"), Reproduced.findings(List.of(MISSING, DECAY),
                46));
    }
}
