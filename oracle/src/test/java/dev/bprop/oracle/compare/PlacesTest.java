package dev.bprop.oracle.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.objective.Place;
import org.junit.jupiter.api.Test;

/** FMT-RESULT and FMT-GRAPH-RESULT: which tensor a compared number belongs to. */
class PlacesTest {
    @Test
    void fmtResult_aWeightOrBiasComponentIsInTheLayerGradientAndNothingElseIs() {
        assertTrue(Places.inLayerGradient(element(Place.WEIGHTS)));
        assertTrue(Places.inLayerGradient(element(Place.BIAS)));
        assertFalse(Places.inLayerGradient(element(Place.LOSS)));
        assertFalse(Places.inLayerGradient(element(Place.OUTPUTS)));
    }

    @Test
    void fmtResult_inComparesTheTensorName() {
        assertTrue(Places.in(element(Place.OUTPUTS), Place.OUTPUTS));
        assertFalse(Places.in(element(Place.OUTPUTS), Place.LOSS));
    }

    @Test
    void fmtGraphResult_theValueIsPlacedUnderGbpOps() {
        Place value = Places.value();
        assertEquals(new Place("value", "GBP-OPS", 0, Place.VALUE, "[0]"), value);
        assertEquals(new Place("outputs[1][2]", "FWD-A", 0, Place.OUTPUTS, "[1][2]"), Places.output(1, 2));
    }

    private static ElementComparison element(String tensor) {
        return new ElementComparison(new Place("p", "C", 1, tensor, "[0]"), 1, 1, 0, 0, "", Verdict.AGREES);
    }
}
