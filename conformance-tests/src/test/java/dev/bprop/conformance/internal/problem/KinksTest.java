package dev.bprop.conformance.internal.problem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Problem;
import org.junit.jupiter.api.Test;

/** ACT-KINK: relu and leaky_relu have a kink at z = 0, hardtanh at z = ±1, the others none. */
class KinksTest {
    @Test
    void ACT_KINK_reluAndLeakyReluAreNearTheirKinkOnEitherSideOfZero() {
        for (Activation kinked : new Activation[] {Activation.RELU, Activation.LEAKY_RELU}) {
            assertTrue(Kinks.near(kinked, 0, 0.25), kinked::toString);
            assertTrue(Kinks.near(kinked, 0.125, 0.25), kinked::toString);
            assertTrue(Kinks.near(kinked, -0.125, 0.25), kinked::toString);
            // |z| = margin is a margin away, no longer near
            assertFalse(Kinks.near(kinked, 0.25, 0.25), kinked::toString);
            assertFalse(Kinks.near(kinked, -1, 0.25), kinked::toString);
        }
    }

    @Test
    void ACT_KINK_hardtanhIsNearPlusAndMinusOne() {
        assertTrue(Kinks.near(Activation.HARDTANH, 1.125, 0.25));
        assertTrue(Kinks.near(Activation.HARDTANH, -0.875, 0.25));
        // ||1.25| − 1| = 0.25 = margin: not near; z = 0 is 1 away
        assertFalse(Kinks.near(Activation.HARDTANH, 1.25, 0.25));
        assertFalse(Kinks.near(Activation.HARDTANH, 0, 0.25));
        assertFalse(Kinks.near(Activation.HARDTANH, -2, 0.25));
    }

    @Test
    void ACT_KINK_smoothActivationsHaveNoKink() {
        for (Activation smooth : new Activation[] {Activation.IDENTITY, Activation.SIGMOID, Activation.TANH,
                Activation.SOFTMAX}) {
            assertFalse(Kinks.near(smooth, 0, 0.25), smooth::toString);
            assertFalse(Kinks.near(smooth, 1, 0.25), smooth::toString);
        }
    }

    /** z^2 = (x + 0.5, x − 2) for x = 1, 2: unit 1 of layer 2 is on the kink for the second example only. */
    @Test
    void ACT_KINK_aUnitIsNearWhenAnyExampleIsAndTheProblemWhenAnyUnitIs() {
        Problem problem = ProblemFixtures.twoLayers(Activation.RELU, -2);
        PreActivations forward = PreActivations.of(problem);
        assertTrue(Kinks.nearUnit(problem, forward, 2, 1, 1e-3));
        // unit 0: z = 1.5, 2.5
        assertFalse(Kinks.nearUnit(problem, forward, 2, 0, 1e-3));
        assertTrue(Kinks.anyNear(problem, 1e-3));
    }

    /** z^2 = (x + 0.5, x − 2.5) = (1.5, −1.5) and (2.5, −0.5): the nearest is 0.5 from the kink. */
    @Test
    void ACT_KINK_aProblemWhosePreActivationsAllKeepTheMarginIsNotNear() {
        Problem problem = ProblemFixtures.twoLayers(Activation.RELU, -2.5);
        assertFalse(Kinks.anyNear(problem, 0.5));
        assertTrue(Kinks.anyNear(problem, 0.5 + 1e-9));
    }

    /** The identity layer 1 has z^1 = x = 1, 2: no kink, though z = 1 would be one of hardtanh's. */
    @Test
    void ACT_KINK_aLayerIsJudgedByItsOwnActivation() {
        Problem problem = ProblemFixtures.twoLayers(Activation.TANH, -2);
        assertFalse(Kinks.anyNear(problem, 1e-3));
    }
}
