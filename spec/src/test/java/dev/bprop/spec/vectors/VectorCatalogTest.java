package dev.bprop.spec.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.LayerIndex;
import dev.bprop.spec.mlp.Result;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Clause FMT-VECTOR: every shipped vector loads and validates, its IDs are unique and well formed, it cites
 * clauses, and its exact rational values round to its expected doubles. This checks the two representations the
 * derivation wrote against each other; no code under test computes any expected value.
 */
class VectorCatalogTest {
    private static final Pattern VECTOR_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CLAUSE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*(\\.[0-9]+)?");

    @Test
    void fmtVector_theCatalogHoldsTheWorkedExamplesOfTheSlides() {
        Set<String> ids = new HashSet<>();
        VectorCatalog.all().forEach(vector -> assertTrue(ids.add(vector.id()), "duplicate id " + vector.id()));
        for (String required : new String[] {"xor-relu", "xor-relu-shifted", "adjoint", "softmax-ce-4class",
                "sigmoid-2layer"}) {
            assertTrue(VectorCatalog.all().contains(VectorCatalog.byId(required).orElseThrow()), required);
        }
        assertFalse(VectorCatalog.byId("no-such-vector").isPresent());
    }

    @TestFactory
    Stream<DynamicTest> fmtVector_everyVectorIsWellFormed() {
        return VectorCatalog.all().stream().map(vector -> DynamicTest.dynamicTest(vector.id(), () -> {
            assertTrue(VECTOR_ID.matcher(vector.id()).matches(), vector.id());
            assertFalse(vector.title().isBlank());
            assertFalse(vector.source().isBlank());
            vector.clauses().forEach(clause -> assertTrue(CLAUSE_ID.matcher(clause).matches(), clause));
            assertTrue(vector.isProblem() == vector.problem().isPresent());
        }));
    }

    @TestFactory
    Stream<DynamicTest> fmtVector_exactValuesRoundToTheExpectedDoubles() {
        return VectorCatalog.all().stream()
                .filter(vector -> !vector.expectedExact().isEmpty())
                .map(vector -> DynamicTest.dynamicTest(vector.id(), () -> {
                    Map<String, Double> expected = vector.isProblem()
                            ? places(vector.expectedResult().orElseThrow())
                            : places(vector.expectedGraphResult().orElseThrow());
                    assertEquals(expected.keySet(), vector.expectedExact().keySet());
                    expected.forEach((place, value) -> assertEquals(value,
                            nearestDouble(vector.expectedExact().get(place)), vector.id() + " " + place));
                }));
    }

    /** The double nearest to p/q; 60 significant digits make a double rounding error impossible here. */
    static double nearestDouble(String rational) {
        String[] parts = rational.split("/");
        BigDecimal numerator = new BigDecimal(new BigInteger(parts[0]));
        BigDecimal denominator = parts.length == 1 ? BigDecimal.ONE : new BigDecimal(new BigInteger(parts[1]));
        return numerator.divide(denominator, new MathContext(60)).doubleValue();
    }

    private static Map<String, Double> places(Result result) {
        Map<String, Double> places = new TreeMap<>();
        places.put("loss", result.loss());
        double[][] outputs = result.outputs();
        for (int e = 0; e < outputs.length; e++) {
            for (int k = 0; k < outputs[e].length; k++) {
                places.put("outputs[" + e + "][" + k + "]", outputs[e][k]);
            }
        }
        for (int l = 1; l <= result.gradients().size(); l++) {
            LayerGradient gradient = result.gradient(l);
            double[][] weights = gradient.weights();
            for (int j = 0; j < weights.length; j++) {
                for (int i = 0; i < weights[j].length; i++) {
                    places.put(LayerIndex.gradientPlace(l) + ".weights[" + j + "][" + i + "]", weights[j][i]);
                }
                places.put(LayerIndex.gradientPlace(l) + ".bias[" + j + "]", gradient.bias(j));
            }
        }
        return places;
    }

    private static Map<String, Double> places(GraphResult result) {
        Map<String, Double> places = new TreeMap<>();
        places.put("value", result.value());
        result.gradient().forEach((name, value) -> places.put("gradient." + name, value));
        return places;
    }
}
