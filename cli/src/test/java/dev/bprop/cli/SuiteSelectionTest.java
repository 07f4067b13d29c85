package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.bounds.ReferenceBoundsImplementation;
import dev.bprop.conformance.bounds.RuntimeBoundsSuite;
import dev.bprop.conformance.reference.ReferenceGraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.json.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which suites {@code bprop conform} runs: the runtime-bounds profile goes with the MLP suite unless skipped. */
class SuiteSelectionTest {
    private static final ClassLoader LOADER = SuiteSelectionTest.class.getClassLoader();

    /** A runtime-bounds suite as an adopter writes it. */
    public static final class ReferenceBoundsSuite extends RuntimeBoundsSuite {
        @Override
        protected MlpImplementation implementation() {
            return new ReferenceBoundsImplementation();
        }
    }

    @Test
    void theReferenceRunsTheMlpTheGraphAndTheBoundsSuites() {
        assertEquals(List.of(AdapterSuites.Mlp.class, AdapterSuites.Graph.class, AdapterSuites.Bounds.class),
                SuiteSelection.reference(true));
        assertTrue(AdapterSuites.bounds instanceof ReferenceBoundsImplementation, "the reference with its forward pass");
        assertEquals(List.of(AdapterSuites.Mlp.class, AdapterSuites.Graph.class), SuiteSelection.reference(false));
    }

    @Test
    void anMlpAdapterIsMeasuredUnlessTheBoundsAreSkipped() {
        String adapter = ConformCommandTest.SignFlipped.class.getName();
        assertEquals(List.of(AdapterSuites.Mlp.class, AdapterSuites.Bounds.class),
                SuiteSelection.of(adapter, LOADER, true));
        assertSame(AdapterSuites.mlp, AdapterSuites.bounds);
        assertEquals(List.of(AdapterSuites.Mlp.class), SuiteSelection.of(adapter, LOADER, false));
    }

    @Test
    void aGraphAdapterHasNoBoundsToMeasure() {
        assertEquals(List.of(AdapterSuites.Graph.class),
                SuiteSelection.of(ReferenceGraphImplementation.class.getName(), LOADER, true));
    }

    @Test
    void aBoundsSuiteRunsAsItIsAndAnAbstractOneIsBadInput() {
        assertEquals(List.of(ReferenceBoundsSuite.class),
                SuiteSelection.of(ReferenceBoundsSuite.class.getName(), LOADER, false));
        InvalidInputException abstractSuite = assertThrows(InvalidInputException.class,
                () -> SuiteSelection.of(RuntimeBoundsSuite.class.getName(), LOADER, true));
        assertEquals("--implementation: " + RuntimeBoundsSuite.class.getName() + " is abstract: name a concrete "
                + "subclass", abstractSuite.getMessage());
    }
}
