package dev.bprop.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GD-SEED's rule for the kit: the run's base seeds are the stated one and, when asked, the ones after it. */
class BaseSeedsTest {
    @AfterEach
    void clear() {
        System.clearProperty("bprop.conformance.seeds");
    }

    @Test
    void GD_SEED_oneBaseSeedByDefault() {
        System.clearProperty("bprop.conformance.seeds");
        assertEquals(List.of(20261122L), BaseSeeds.from(20261122L));
    }

    @Test
    void GD_SEED_nSeedsAreTheFirstAndTheNMinusOneAfterIt() {
        System.setProperty("bprop.conformance.seeds", "3");
        assertEquals(List.of(-1L, 0L, 1L), BaseSeeds.from(-1L));
    }

    @Test
    void GD_SEED_aCountBelowOneStillRunsTheFirstSeed() {
        System.setProperty("bprop.conformance.seeds", "0");
        assertEquals(List.of(7L), BaseSeeds.from(7L));
    }
}
