package dev.bprop.conformance.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** KIT-CAPABILITY: an optional test whose library takes another convention ends aborted, never failed. */
class ConventionDiffersTest {
    @Test
    void KIT_CAPABILITY_aFindingOfAnOptionalTestBecomesAnAbortWithItsMessage() {
        TestAbortedException aborted = assertThrows(ConventionDiffers.class,
                () -> ConventionDiffers.reported(() -> fail("g'(0) = 1, the spec takes 0")));
        assertEquals("g'(0) = 1, the spec takes 0", aborted.getMessage());
    }

    @Test
    void KIT_CAPABILITY_aPassingCheckRunsAndEndsNormally() {
        int[] runs = {0};
        ConventionDiffers.reported(() -> runs[0]++);
        assertEquals(1, runs[0]);
    }

    @Test
    void KIT_CAPABILITY_anErrorOtherThanAFindingIsNotTurnedIntoAConvention() {
        assertThrows(IllegalStateException.class, () -> ConventionDiffers.reported(() -> {
            throw new IllegalStateException("the implementation threw");
        }));
    }
}
