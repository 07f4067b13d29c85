package dev.bprop.cli;

import dev.bprop.conformance.GraphConformanceSuite;
import dev.bprop.conformance.MlpConformanceSuite;
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
 * {@link MlpConformanceSuite} or {@link GraphConformanceSuite} (run as it is), or an adapter class with a public
 * no-argument constructor implementing {@link MlpImplementation}, {@link GraphImplementation} or both (run through
 * {@link AdapterSuites}). Without it, the reference's own adapters.
 */
final class SuiteSelection {
    private static final String OPTION = "--implementation";

    private SuiteSelection() {
    }

    static List<Class<?>> reference() {
        AdapterSuites.mlp = new ReferenceMlpImplementation();
        AdapterSuites.graph = new ReferenceGraphImplementation();
        return List.of(AdapterSuites.Mlp.class, AdapterSuites.Graph.class);
    }

    static List<Class<?>> of(String className, ClassLoader loader) {
        Class<?> chosen = load(className, loader);
        if (MlpConformanceSuite.class.isAssignableFrom(chosen) || GraphConformanceSuite.class.isAssignableFrom(chosen)) {
            if (Modifier.isAbstract(chosen.getModifiers())) {
                throw new InvalidInputException(OPTION, className + " is abstract: name a concrete subclass");
            }
            return List.of(chosen);
        }
        List<Class<?>> suites = new ArrayList<>();
        if (MlpImplementation.class.isAssignableFrom(chosen)) {
            AdapterSuites.mlp = (MlpImplementation) instantiate(chosen);
            suites.add(AdapterSuites.Mlp.class);
        }
        if (GraphImplementation.class.isAssignableFrom(chosen)) {
            AdapterSuites.graph = (GraphImplementation) instantiate(chosen);
            suites.add(AdapterSuites.Graph.class);
        }
        if (suites.isEmpty()) {
            throw new InvalidInputException(OPTION, className + " is neither a conformance suite nor an adapter "
                    + "(MlpImplementation, GraphImplementation)");
        }
        return suites;
    }

    private static Class<?> load(String className, ClassLoader loader) {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidInputException(OPTION, "cannot load " + className + " (" + e + "); add its jar with "
                    + "--classpath");
        }
    }

    private static Object instantiate(Class<?> adapter) {
        try {
            return adapter.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new InvalidInputException(OPTION, adapter.getName() + " needs a public no-argument constructor ("
                    + e + ")");
        }
    }
}
