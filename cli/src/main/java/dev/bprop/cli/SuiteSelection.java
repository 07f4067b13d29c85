package dev.bprop.cli;

import dev.bprop.conformance.GraphConformanceSuite;
import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.bounds.ReferenceBoundsImplementation;
import dev.bprop.conformance.bounds.RuntimeBoundsSuite;
import dev.bprop.conformance.reference.ReferenceGraphImplementation;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.json.InvalidInputException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Which suite classes {@code bprop conform} runs. {@code --implementation CLASS} names either a concrete subclass of
 * {@link MlpConformanceSuite}, {@link GraphConformanceSuite} or {@link RuntimeBoundsSuite} (run as it is), or an
 * adapter class with a public no-argument constructor implementing {@link MlpImplementation},
 * {@link GraphImplementation} or both (run through {@link AdapterSuites}). Without it, the reference's own adapters.
 * An MLP adapter, and the reference, also get the runtime-bounds profile (clauses BOUND-*) unless
 * {@code withBounds} is false ({@code --skip-bounds}).
 */
final class SuiteSelection {
    private SuiteSelection() {
    }

    static List<Class<?>> reference(boolean withBounds) {
        AdapterSuites.mlp = new ReferenceMlpImplementation();
        AdapterSuites.graph = new ReferenceGraphImplementation();
        AdapterSuites.bounds = new ReferenceBoundsImplementation();
        return withBounds ? List.of(AdapterSuites.Mlp.class, AdapterSuites.Graph.class, AdapterSuites.Bounds.class)
                : List.of(AdapterSuites.Mlp.class, AdapterSuites.Graph.class);
    }

    static List<Class<?>> of(String className, ClassLoader loader, boolean withBounds) {
        Class<?> chosen = AdapterLoader.load(className, loader);
        if (MlpConformanceSuite.class.isAssignableFrom(chosen) || GraphConformanceSuite.class.isAssignableFrom(chosen)
                || RuntimeBoundsSuite.class.isAssignableFrom(chosen)) {
            if (Modifier.isAbstract(chosen.getModifiers())) {
                throw new InvalidInputException(AdapterLoader.OPTION, className + " is abstract: name a concrete "
                        + "subclass");
            }
            return List.of(chosen);
        }
        List<Class<?>> suites = new ArrayList<>();
        if (MlpImplementation.class.isAssignableFrom(chosen)) {
            AdapterSuites.mlp = (MlpImplementation) AdapterLoader.instantiate(chosen);
            suites.add(AdapterSuites.Mlp.class);
        }
        if (GraphImplementation.class.isAssignableFrom(chosen)) {
            AdapterSuites.graph = (GraphImplementation) AdapterLoader.instantiate(chosen);
            suites.add(AdapterSuites.Graph.class);
        }
        if (suites.isEmpty()) {
            throw new InvalidInputException(AdapterLoader.OPTION, className + " is neither a conformance suite nor an "
                    + "adapter (MlpImplementation, GraphImplementation)");
        }
        if (withBounds && suites.contains(AdapterSuites.Mlp.class)) {
            AdapterSuites.bounds = AdapterSuites.mlp;
            suites.add(AdapterSuites.Bounds.class);
        }
        return suites;
    }
}
