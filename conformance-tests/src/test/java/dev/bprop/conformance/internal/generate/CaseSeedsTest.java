package dev.bprop.conformance.internal.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** GD-SEED: each case's seed from the base seed and its place, by the stated rule; no two places share one. */
class CaseSeedsTest {
    /** The rule against the JDK's generator: base 0, place 1 → SplittableRandom(0·1 000 003 + 1); base 2, place 0. */
    @Test
    void GD_SEED_aCasesSeedFollowsTheStatedRule() {
        assertEquals(new SplittableRandom(1).nextLong(), CaseSeeds.of(0, 1));
        assertEquals(new SplittableRandom(2_000_006L).nextLong(), CaseSeeds.of(2, 0));
        assertEquals(new SplittableRandom(-1_000_001L).nextLong(), CaseSeeds.of(-1, 2));
    }

    @Test
    void GD_SEED_noTwoPlacesOrBaseSeedsShareASeed() {
        Set<Long> seeds = new HashSet<>();
        for (long base = 0; base < 3; base++) {
            for (int place = 0; place < 50; place++) {
                seeds.add(CaseSeeds.of(base, place));
            }
        }
        assertEquals(150, seeds.size());
    }
}
