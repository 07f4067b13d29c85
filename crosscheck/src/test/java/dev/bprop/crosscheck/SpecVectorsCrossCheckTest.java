package dev.bprop.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.oracle.exact.ExactGradient;
import dev.bprop.oracle.objective.Objective;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every spec vector (FMT-VECTOR): reference, DerivativeStructure, finite differences and exact fractions agree. */
class SpecVectorsCrossCheckTest {
    private static CrossCheck check(TestVector vector) {
        return vector.isProblem() ? CrossCheck.of(vector.problem().orElseThrow(), OptionalLong.empty())
                : CrossCheck.of(vector.graph().orElseThrow(), OptionalLong.empty());
    }

    @TestFactory
    Stream<DynamicTest> cmpTolerance_everyVectorAgreesAcrossAllMethods() {
        return VectorCatalog.all().stream().map(vector -> DynamicTest.dynamicTest(vector.id(), () -> {
            CrossCheck check = check(vector);
            assertEquals(java.util.List.of(), check.disagreements(), vector.id());
        }));
    }

    /**
     * ACT-KINK: a vector that says {@code "kinks": true} has components finite differences cannot judge, and one
     * that says false has none — except {@code graph-pow}, whose s = 0 is not a kink but the edge of pow's domain
     * in s (base 0 with a variable exponent, GBP-OP-POW), where a central difference cannot be taken either.
     */
    @TestFactory
    Stream<DynamicTest> actKink_vectorsWithKinksHaveDetectedKinksAndOthersNone() {
        return VectorCatalog.all().stream().map(vector -> DynamicTest.dynamicTest(vector.id(), () -> {
            long kinks = check(vector).kinks();
            boolean domainEdge = vector.id().equals("graph-pow");
            assertEquals(vector.kinks() || domainEdge, kinks > 0, vector.id() + ": " + kinks + " components at a kink");
        }));
    }

    /**
     * EX-XOR-SHIFTED: at b¹₀ the one-sided slopes are 3/10 (right) and 9/40 (left); the reference's 0.225 is the
     * left one (relu'(0) = 0), and the central difference, 21/80 + h/16, is not compared.
     */
    @org.junit.jupiter.api.Test
    void exXorShifted_oneSidedSlopesConfirmTheConventionAtTheKink() {
        CrossCheck check = check(VectorCatalog.byId("xor-relu-shifted").orElseThrow());
        dev.bprop.oracle.fd.FdComponent bias = check.differences().get(4);
        assertEquals("gradients[0].bias[0]", check.objective().place(4).path());
        assertTrue(bias.atKink());
        assertEquals(0.3, bias.right().orElseThrow().value(), 1e-9);
        assertEquals(0.225, bias.left().orElseThrow().value(), 1e-9);
        assertTrue(bias.matchesASide(0.225, 1e-12));
        assertEquals(0.2625, bias.central().value(), 1e-3);
    }

    @TestFactory
    Stream<DynamicTest> fmtVector_exactFractionsMatchExpectedExactWithinTheVectorTolerance() {
        return VectorCatalog.all().stream().filter(v -> !v.expectedExact().isEmpty())
                .map(vector -> DynamicTest.dynamicTest(vector.id(), () -> {
                    CrossCheck check = check(vector);
                    ExactGradient exact = check.exact().orElseThrow();
                    Objective objective = check.objective();
                    for (int k = 0; k < objective.dimension(); k++) {
                        String path = objective.place(k).path();
                        BigFraction expected = parse(vector.expectedExact().get(path));
                        double found = exact.nearestDoubles()[k];
                        assertTrue(vector.tolerance().accepts(expected.doubleValue(), found),
                                vector.id() + " " + path + ": " + expected + " vs " + exact.gradient().get(k));
                    }
                }));
    }

    private static BigFraction parse(String fraction) {
        String[] parts = fraction.split("/");
        return parts.length == 1 ? new BigFraction(new java.math.BigInteger(parts[0]))
                : new BigFraction(new java.math.BigInteger(parts[0]), new java.math.BigInteger(parts[1]));
    }
}
