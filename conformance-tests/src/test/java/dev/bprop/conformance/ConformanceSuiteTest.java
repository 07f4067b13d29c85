package dev.bprop.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.GraphCase;
import dev.bprop.conformance.internal.generate.GraphCasePlan;
import dev.bprop.conformance.internal.generate.MlpCapabilities;
import dev.bprop.conformance.launch.MlpCase;
import dev.bprop.conformance.internal.generate.MlpCasePlan;
import dev.bprop.conformance.internal.generate.SpecCases;
import dev.bprop.conformance.launch.ConventionDiffers;
import dev.bprop.conformance.reference.ReferenceGraphImplementation;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.Expectations;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The suites' groups (KIT-NAMES): each holds a test per case of its plan, under the case's name, run against the
 * adapter with the suite's expectations; the base seeds come from the system properties.
 */
class ConformanceSuiteTest {
    private static final AtomicInteger MLP_INSTANCES = new AtomicInteger();

    /** The reference, counting its instances. */
    static class Mlp extends MlpConformanceSuite {
        @Override
        protected MlpImplementation implementation() {
            MLP_INSTANCES.incrementAndGet();
            return new ReferenceMlpImplementation();
        }
    }

    static class Graphs extends GraphConformanceSuite {
        @Override
        protected GraphImplementation implementation() {
            return new ReferenceGraphImplementation();
        }
    }

    /** No expected values for anything: every numeric test must fail saying so. */
    private static final Expectations NONE = new Expectations() {
        @Override
        public Optional<Result> of(Problem problem) {
            return Optional.empty();
        }

        @Override
        public Optional<GraphResult> of(Graph graph) {
            return Optional.empty();
        }
    };

    @AfterEach
    void clearSeeds() {
        System.clearProperty("bprop.conformance.seed");
        System.clearProperty("bprop.conformance.seeds");
    }

    private static List<String> names(Stream<DynamicTest> tests) {
        return tests.map(DynamicTest::getDisplayName).toList();
    }

    @Test
    void KIT_NAMES_theBaseSeedsComeFromTheSystemProperties() {
        Mlp suite = new Mlp();
        assertEquals(20261122L, suite.seed());
        assertEquals(20261122L, new Graphs().seed());
        assertEquals(List.of(20261122L), suite.seeds());
        System.setProperty("bprop.conformance.seed", "7");
        System.setProperty("bprop.conformance.seeds", "3");
        assertEquals(7L, suite.seed());
        assertEquals(List.of(7L, 8L, 9L), suite.seeds());
        assertSame(Expectations.reference(), suite.expectations());
    }

    @Test
    void KIT_NAMES_theMlpGroupsHoldTheirPlansCases() {
        System.setProperty("bprop.conformance.seed", "7");
        System.setProperty("bprop.conformance.seeds", "2");
        Mlp suite = new Mlp();
        MlpCapabilities all = MlpCapabilities.of(new ReferenceMlpImplementation());
        assertEquals(names(SpecCases.mlpVectors()), names(suite.required_specVectors()));
        assertEquals(Stream.of(7L, 8L).flatMap(seed -> names(MlpCasePlan.cases(seed, all)).stream()).toList(),
                names(suite.required_generatedProblems()));
        assertEquals(Stream.of(7L, 8L).flatMap(seed -> names(MlpCasePlan.contractCases(seed, all)).stream())
                .toList(), names(suite.required_implementationContract()));
        assertEquals(names(SpecCases.mlpKinks()), names(suite.optional_kinkConvention()));
    }

    @Test
    void KIT_NAMES_theGraphGroupsHoldTheirPlansCases() {
        System.setProperty("bprop.conformance.seed", "7");
        Graphs suite = new Graphs();
        var operations = new ReferenceGraphImplementation().operations();
        assertEquals(graphNames(GraphCasePlan.vectors()), names(suite.required_specVectors()));
        assertEquals(graphNames(GraphCasePlan.cases(7, operations)), names(suite.required_generatedGraphs()));
        assertEquals(graphNames(GraphCasePlan.contractCases(7, operations)),
                names(suite.required_implementationContract()));
        assertEquals(graphNames(GraphCasePlan.kinks()), names(suite.optional_kinkConvention()));
    }

    private static List<String> names(List<MlpCase> cases) {
        return cases.stream().map(c -> c.name().toString()).toList();
    }

    private static List<String> graphNames(List<GraphCase> cases) {
        return cases.stream().map(c -> c.name().toString()).toList();
    }

    private static void runFirst(Stream<DynamicTest> tests) throws Throwable {
        tests.findFirst().orElseThrow().getExecutable().execute();
    }

    @Test
    void KIT_everyGroupRunsItsCasesWithTheSuitesExpectations() throws Throwable {
        Mlp mlp = new Mlp() {
            @Override
            protected Expectations expectations() {
                return NONE;
            }
        };
        Graphs graphs = new Graphs() {
            @Override
            protected Expectations expectations() {
                return NONE;
            }
        };
        for (Stream<DynamicTest> numeric : List.of(mlp.required_specVectors(), mlp.required_generatedProblems(),
                graphs.required_specVectors(), graphs.required_generatedGraphs())) {
            String message = assertThrows(AssertionFailedError.class, () -> runFirst(numeric)).getMessage();
            assertTrue(message.contains("no expected values for this "), message);
        }
        // At a kink the missing expectation is the convention's report: aborted, not failed.
        assertThrows(ConventionDiffers.class, () -> runFirst(mlp.optional_kinkConvention()));
        assertThrows(ConventionDiffers.class, () -> runFirst(graphs.optional_kinkConvention()));
        // The contract's first cases are KIT-DETERMINISTIC, which needs no expected values: the reference passes.
        runFirst(mlp.required_implementationContract());
        runFirst(graphs.required_implementationContract());
    }

    @Test
    void KIT_SHRINK_theShrinkerAsksTheSuiteForFreshInstances() throws Throwable {
        Mlp suite = new Mlp() {
            @Override
            protected MlpImplementation implementation() {
                super.implementation();
                return problem -> {
                    Result right = new ReferenceMlpImplementation().gradient(problem);
                    return new Result(-right.loss(), right.outputs(), right.gradients());
                };
            }
        };
        Stream<DynamicTest> vectors = suite.required_specVectors();
        int before = MLP_INSTANCES.get();
        assertThrows(AssertionFailedError.class, () -> runFirst(vectors));
        assertTrue(MLP_INSTANCES.get() > before, "no fresh instance was asked");
    }
}
