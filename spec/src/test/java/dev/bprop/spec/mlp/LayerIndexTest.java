package dev.bprop.spec.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Clause NOT-INDEX: layer l = 1..L is entry l − 1 of the files' arrays. */
class LayerIndexTest {
    @Test
    void notIndex_layerLIsArrayEntryLMinusOne() {
        assertEquals(0, LayerIndex.arrayIndex(1));
        assertEquals(2, LayerIndex.arrayIndex(3));
        assertEquals(0, LayerIndex.arrayIndex(1, 1));
        assertEquals(2, LayerIndex.arrayIndex(3, 3));
    }

    @Test
    void notIndex_theInputLayerAndLayersBeyondTheDepthHaveNoEntry() {
        assertEquals("layer 0 is not a layer with parameters: they are 1..L",
                assertThrows(IndexOutOfBoundsException.class, () -> LayerIndex.arrayIndex(0)).getMessage());
        assertEquals("layer 0 is not in 1..2",
                assertThrows(IndexOutOfBoundsException.class, () -> LayerIndex.arrayIndex(0, 2)).getMessage());
        assertEquals("layer 3 is not in 1..2",
                assertThrows(IndexOutOfBoundsException.class, () -> LayerIndex.arrayIndex(3, 2)).getMessage());
    }

    /* FMT-ERRORS names places as paths into the file: layer 2 of a problem is layers[1], its gradient gradients[1]. */
    @Test
    void fmtErrors_placesAreNamedByTheFilesArrayIndex() {
        assertEquals("layers[1]", LayerIndex.layerPlace(2));
        assertEquals("gradients[0]", LayerIndex.gradientPlace(1));
    }
}
