package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.GraphCase;
import dev.bprop.conformance.launch.MlpCase;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.TestName;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The spec's own cases (FMT-VECTOR): every vector of the catalogue, required under its first clause, except those
 * with a pre-activation on a kink, which are optional under ACT-KINK with the kink probes.
 */
class SpecCasesTest {
    private static Set<String> names(List<TestName> names) {
        return names.stream().map(TestName::toString).collect(Collectors.toSet());
    }

    @Test
    void FMT_VECTOR_theProblemVectorsWithoutKinksAreRequiredUnderTheirFirstClause() {
        List<MlpCase> cases = SpecCases.mlpVectors();
        assertEquals(Set.of("required_LOSS-STABLE_vector-bce-large-logits", "required_LOSS-STABLE_vector-ce-large-logits",
                "required_ACT-HARDTANH_vector-hardtanh-linear", "required_ACT-HARDTANH_vector-hardtanh-saturated",
                "required_BP1_vector-identity-mse-batch1", "required_BP-BATCH_vector-identity-mse-batch3",
                "required_ACT-LEAKY-RELU_vector-leaky-relu", "required_BP2_vector-mlp-3layer-exact",
                "required_BP2_vector-mlp-3layer-tanh-sigmoid-softmax", "required_EX-SIGMOID-2LAYER_vector-sigmoid-2layer",
                "required_LOSS-BCE_vector-sigmoid-bce-batch3", "required_ACT-SIGMOID_vector-sigmoid-saturated",
                "required_EX-SOFTMAX-4CLASS_vector-softmax-ce-4class", "required_LOSS-CE_vector-softmax-ce-batch3",
                "required_BP1-JACOBIAN_vector-softmax-mse-jacobian", "required_ACT-TANH_vector-tanh-mse",
                "required_ACT-TANH_vector-tanh-saturated"), names(cases.stream().map(MlpCase::name).toList()));
        MlpCase batch3 = cases.stream().filter(c -> c.name().caseName().equals("vector-identity-mse-batch3"))
                .findFirst().orElseThrow();
        assertEquals(VectorCatalog.byId("identity-mse-batch3").orElseThrow().problem().orElseThrow(), batch3.problem());
        assertTrue(batch3.origin().startsWith("spec test vector identity-mse-batch3 (BP-BATCH"), batch3.origin());
        assertEquals(OptionalLong.empty(), batch3.seed());
    }

    @Test
    void ACT_KINK_theProblemVectorsWithKinksAndTheProbesAreOptional() {
        List<MlpCase> cases = SpecCases.mlpKinks();
        assertEquals(Set.of("optional_ACT-KINK_vector-hardtanh-kink", "optional_ACT-KINK_vector-leaky-relu-kink",
                "optional_ACT-KINK_vector-relu-kink", "optional_ACT-KINK_vector-xor-relu-shifted",
                "optional_ACT-KINK_vector-xor-relu", "optional_ACT-KINK_relu-probe-at-0",
                "optional_ACT-KINK_leaky-relu-probe-at-0", "optional_ACT-KINK_hardtanh-probe-at-plus-1",
                "optional_ACT-KINK_hardtanh-probe-at-minus-1"), names(cases.stream().map(MlpCase::name).toList()));
        assertEquals(VectorCatalog.byId("relu-kink").orElseThrow().problem().orElseThrow(), cases.stream()
                .filter(c -> c.name().caseName().equals("vector-relu-kink")).findFirst().orElseThrow().problem());
    }

    /** The hardtanh probe at −1: w = 1, x = 0, b = −1, so z = 1·0 − 1 = −1 exactly; y = −2, mse. */
    @Test
    void ACT_KINK_aProbePutsOneUnitExactlyOnTheKink() {
        MlpCase probe = SpecCases.mlpKinks().stream().filter(c -> c.name().caseName().equals(
                "hardtanh-probe-at-minus-1")).findFirst().orElseThrow();
        Problem problem = probe.problem();
        assertEquals(Activation.HARDTANH, problem.layer(1).activation());
        assertArrayEquals(new double[][] {{1}}, problem.layer(1).weights());
        assertArrayEquals(new double[] {-1}, problem.layer(1).bias());
        assertArrayEquals(new double[][] {{0}}, problem.inputs());
        assertArrayEquals(new double[][] {{-2}}, problem.targets());
        assertEquals(Loss.MSE, problem.loss());
        assertEquals("kink probe: one hardtanh unit with z = -1.0 exactly, y = -2.0, so ∂J/∂b = (a − y)·g'(-1.0)",
                probe.origin());
    }

    @Test
    void FMT_VECTOR_theGraphVectorsWithoutKinksAreRequiredAndTheOneWithAKinkOptional() {
        assertEquals(Set.of("required_EX-ADJOINT_vector-adjoint", "required_EX-CHAIN-STORE_vector-chain-sin",
                "required_EX-CHAIN-STORE_vector-chain-square", "required_EX-GD-STEP_vector-gd-step-saddle",
                "required_EX-GRADIENT_vector-gradient-poly", "required_EX-GRAPH-ADD_vector-graph-add",
                "required_GBP-OPS_vector-graph-arith", "required_EX-GRAPH-FANOUT_vector-graph-fanout",
                "required_GBP-OP-POW_vector-graph-pow", "required_GBP-BPROP_vector-graph-repeated-input",
                "required_GBP-OP-SIGMOID_vector-graph-saturation", "required_GBP-SUBGRAPH_vector-graph-subgraph",
                "required_GBP-OPS_vector-graph-transcendental"),
                names(GraphCasePlan.vectors().stream().map(GraphCase::name).toList()));
        List<GraphCase> kinks = GraphCasePlan.kinks();
        assertEquals(List.of("optional_ACT-KINK_vector-graph-relu-kink"), kinks.stream().map(c -> c.name().toString())
                .toList());
        assertEquals(VectorCatalog.byId("graph-relu-kink").orElseThrow().graph().orElseThrow(), kinks.get(0).graph());
        assertTrue(kinks.get(0).origin().startsWith("spec test vector graph-relu-kink ("), kinks.get(0).origin());
    }
}
