package dev.bprop.conformance.internal.problem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bprop.spec.mlp.Activation;
import org.junit.jupiter.api.Test;

/** FWD-Z and FWD-A in doubles, on the fixture whose numbers are worked by hand. */
class PreActivationsTest {
    /** z^1 = a^1 = x = (1, 2); z^2_e = (x_e + 0.5, x_e − 4) = (1.5, −3) and (2.5, −2); a^2 = relu(z^2). */
    private static PreActivations forward() {
        return PreActivations.of(ProblemFixtures.twoLayers(Activation.RELU, -4));
    }

    @Test
    void FWD_Z_preActivationsOfEveryLayerExampleAndUnit() {
        PreActivations forward = forward();
        assertEquals(1, forward.z(1, 0, 0));
        assertEquals(2, forward.z(1, 1, 0));
        assertEquals(1.5, forward.z(2, 0, 0));
        assertEquals(-3, forward.z(2, 0, 1));
        assertEquals(2.5, forward.z(2, 1, 0));
        assertEquals(-2, forward.z(2, 1, 1));
    }

    @Test
    void FWD_A_activationsFromTheInputsUp() {
        PreActivations forward = forward();
        assertArrayEquals(new double[][] {{1}, {2}}, forward.activations(0));
        assertArrayEquals(new double[][] {{1}, {2}}, forward.activations(1));
        assertArrayEquals(new double[][] {{1.5, 0}, {2.5, 0}}, forward.activations(2));
    }

    @Test
    void FWD_A_theActivationsHandedOutAreACopy() {
        PreActivations forward = forward();
        forward.activations(2)[0][0] = 99;
        assertEquals(1.5, forward.activations(2)[0][0]);
    }

    /** max |z^2| = max(1.5, 3, 2.5, 2) = 3, a negative one; max |z^1| = 2. */
    @Test
    void FWD_Z_theLargestMagnitudeOfALayer() {
        PreActivations forward = forward();
        assertEquals(3, forward.largestMagnitude(2));
        assertEquals(2, forward.largestMagnitude(1));
    }
}
