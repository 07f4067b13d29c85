package dev.bprop.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit's API (its README, "API and internal packages") is five packages; everything
 * else is under {@code internal}. An adopter who writes an adapter or a suite subclass, or runs suites from code,
 * must never need an internal type: no public or protected constructor, method or field of a public API class, or
 * inherited by it from a class it extends, names one, as a parameter, a result, a thrown exception, a type argument
 * or a supertype.
 */
class ApiSurfaceTest {
    static final List<String> API = List.of("dev.bprop.conformance", "dev.bprop.conformance.spi",
            "dev.bprop.conformance.bounds", "dev.bprop.conformance.launch", "dev.bprop.conformance.reference");
    static final String INTERNAL = "dev.bprop.conformance.internal.";

    @Test
    void theApiNamesNoInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> api : publicApiClasses()) {
            for (Class<?> type = api; type != null && type != Object.class; type = type.getSuperclass()) {
                visibleSignatures(type, leaks);
            }
        }
        assertEquals(List.of(), leaks);
    }

    /** Adds to {@code leaks} every internal type the public and protected signatures of {@code type} name. */
    private static void visibleSignatures(Class<?> type, List<String> leaks) {
        for (Type supertype : Stream.concat(Stream.of(type.getGenericSuperclass()),
                Stream.of(type.getGenericInterfaces())).toList()) {
            internal(supertype).forEach(t -> leaks.add(type.getName() + " extends " + t));
        }
        for (Constructor<?> constructor : type.getDeclaredConstructors()) {
            if (visible(constructor.getModifiers())) {
                for (Type parameter : constructor.getGenericParameterTypes()) {
                    internal(parameter).forEach(t -> leaks.add(constructor + " takes " + t));
                }
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            if (visible(method.getModifiers()) && !method.isSynthetic()) {
                internal(method.getGenericReturnType()).forEach(t -> leaks.add(method + " returns " + t));
                for (Type parameter : method.getGenericParameterTypes()) {
                    internal(parameter).forEach(t -> leaks.add(method + " takes " + t));
                }
                for (Type thrown : method.getGenericExceptionTypes()) {
                    internal(thrown).forEach(t -> leaks.add(method + " throws " + t));
                }
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (visible(field.getModifiers())) {
                internal(field.getGenericType()).forEach(t -> leaks.add(field + " is " + t));
            }
        }
    }

    /** The check sees the API: a test that found no class would pass on anything. */
    @Test
    void theApiIsWhereTheReadmeSaysItIs() throws Exception {
        List<String> names = publicApiClasses().stream().map(Class::getSimpleName).toList();
        assertTrue(names.containsAll(List.of("MlpConformanceSuite", "GraphConformanceSuite", "MlpImplementation",
                "GraphImplementation", "Precision", "RuntimeBoundsSuite", "SuiteRun", "Outcome", "TestName",
                "ReferenceMlpImplementation")), names.toString());
        assertTrue(publicApiClasses().stream().noneMatch(c -> c.getName().startsWith(INTERNAL)));
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    /** The internal classes a (generic) type mentions. */
    private static List<String> internal(Type type) {
        List<String> found = new ArrayList<>();
        collect(type, found);
        return found;
    }

    private static void collect(Type type, List<String> found) {
        if (type instanceof Class<?> c) {
            Class<?> element = c;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            if (element.getName().startsWith(INTERNAL)) {
                found.add(element.getName());
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), found);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, found);
            }
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), found);
        } else if (type instanceof WildcardType w) {
            Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds())).forEach(t -> collect(t, found));
        }
    }

    /** The public classes (nested ones included) of the API packages, read from the kit's compiled classes. */
    static List<Class<?>> publicApiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(MlpConformanceSuite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        TreeSet<String> names = new TreeSet<>();
        for (String pkg : API) {
            Path folder = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class"))
                        .filter(f -> !f.equals("package-info.class"))
                        .forEach(f -> names.add(pkg + "." + f.substring(0, f.length() - ".class".length())));
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, ApiSurfaceTest.class.getClassLoader());
            if (Modifier.isPublic(type.getModifiers()) && !type.isAnonymousClass() && !type.isSynthetic()
                    && enclosingPublic(type)) {
                classes.add(type);
            }
        }
        return classes;
    }

    private static boolean enclosingPublic(Class<?> type) {
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            if (!Modifier.isPublic(outer.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
