package dev.bprop.examples.dl4j;

import java.util.List;
import java.util.Map;

/**
 * What the conformance kit finds in DL4J 1.0.0-M2.1 with the base seed 20261122: the findings of FINDINGS.md, each
 * checked by hand against DL4J's source and a hand calculation before it was written down.
 */
final class Dl4jFindings {
    private static final String FLOAT32_DIAGNOSIS = "every error is of the size of float32 rounding";
    private static final String TOLERANCE = "(CMP-TOLERANCE)";

    private Dl4jFindings() {
    }

    /**
     * DL4J's {@code lrelu_bp} takes the slope as a C++ {@code float}: ∂a/∂z for z &lt; 0 is 0.1f =
     * 0.100000001490116…, a relative error of 1.49e−8 in every term behind a negative leaky-relu unit, which
     * CMP-TOLERANCE (about 1e−15 relative) catches in every leaky-relu case. The values of {@code leaky-relu} and
     * {@code mlp-3layer-exact} were recomputed by hand with the slope 0.1f in the backward pass alone: DL4J's
     * numbers agree to the last digit.
     */
    static final Finding LEAKY_RELU_SLOPE = new Finding("leaky-relu-slope-in-float32", Map.of(
            "required_BP1_leaky_relu-mse_seed=-8007682968172325889", List.of(FLOAT32_DIAGNOSIS),
            "required_BP1_leaky_relu-mse_seed=-3549818580241574988", List.of(FLOAT32_DIAGNOSIS),
            "required_BP1-SOFTMAX-CE_softmax-ce_seed=-5212455192427808621", List.of(FLOAT32_DIAGNOSIS),
            "required_BP2_mixed_seed=-8580611595189355992", List.of(FLOAT32_DIAGNOSIS),
            "required_BP-BATCH_mixed_seed=4382006587624530431", List.of(FLOAT32_DIAGNOSIS),
            "required_ACT-LEAKY-RELU_leaky_relu-hidden_seed=-1519867566064786859", List.of(FLOAT32_DIAGNOSIS),
            "required_ACT-LEAKY-RELU_leaky_relu-hidden_seed=12075016330483490", List.of(FLOAT32_DIAGNOSIS),
            "required_ACT-LEAKY-RELU_vector-leaky-relu", List.of(FLOAT32_DIAGNOSIS, TOLERANCE,
                    "expected -0.08625 (reference), found -0.08624999709427358"),
            "required_BP2_vector-mlp-3layer-exact", List.of(FLOAT32_DIAGNOSIS, TOLERANCE,
                    "expected 0.5775 (reference), found 0.577500000409782")));

    /** {@code LossMCXENT} clips the softmax output to [1e−10, 1 − 1e−10] before its logarithm: the loss is wrong. */
    static final Finding CROSS_ENTROPY_CLIPPING = new Finding("cross-entropy-loss-clipped", Map.of(
            "required_LOSS-STABLE_vector-ce-large-logits",
            List.of("1 numbers outside", "LOSS-MEAN loss[0] (loss): expected 1500.0 (reference), found 20.147"),
            "required_LOSS-STABLE_edge-large-logits-ce_seed=-3379002780549383558",
            List.of("1 numbers outside", "LOSS-MEAN loss[0] (loss): expected 0.0 (reference), found 1.00000008")));

    /**
     * {@code LossBinaryXENT} clips the sigmoid output to [1e−5, 1 − 1e−5] in the loss and in the gradient: for
     * |z| beyond about 11.5 the loss is capped and the gradient collapses towards 0.
     */
    static final Finding BINARY_CROSS_ENTROPY_CLIPPING = new Finding("binary-cross-entropy-clipped", Map.of(
            "required_LOSS-STABLE_vector-bce-large-logits",
            List.of("LOSS-MEAN loss[0] (loss): expected 1125.0 (reference), found 12.952",
                    "every gradient is 0.00000 × expected"),
            "required_LOSS-STABLE_edge-large-logits-bce_seed=-1630219564117695817",
            List.of("LOSS-MEAN loss[0] (loss): expected 1189.85", "found 0.0 (implementation)",
                    "δ^L is wrong (BP1-SIGMOID-BCE")));

    /**
     * SameDiff's {@code Pow_bp} forms ∂(a^b)/∂b as a^b · ln a, which is 0 · (−∞) = NaN at a = 0, where GBP-OP-POW
     * takes the limit 0 for b &gt; 0.
     */
    static final Finding POW_AT_ZERO_BASE = new Finding("samediff-pow-nan-at-zero-base", Map.of(
            "required_GBP-OP-POW_vector-graph-pow",
            List.of("(gradient.t): expected 0.0 (reference), found NaN (implementation)")));

    /** Every required finding. */
    static final List<Finding> REQUIRED = List.of(LEAKY_RELU_SLOPE, CROSS_ENTROPY_CLIPPING,
            BINARY_CROSS_ENTROPY_CLIPPING, POW_AT_ZERO_BASE);

    /**
     * The claimed clauses whose every test fails with a finding: DL4J runs them, and fails each for that reason
     * (every ACT-LEAKY-RELU case has a negative leaky-relu unit, whose 0.1f slope CMP-TOLERANCE catches).
     */
    static final Map<String, Finding> NEVER_PASSING = Map.of("ACT-LEAKY-RELU", LEAKY_RELU_SLOPE);

    /**
     * The optional kink conventions (ACT-KINK, a choice, not a bug): DL4J takes leaky_relu'(0) = 1 and
     * hardtanh'(±1) = 1; its relu'(0) = 0 agrees with the spec.
     */
    static final Map<String, String> KINK_CONVENTIONS = Map.of(
            "optional_ACT-KINK_leaky-relu-probe-at-0", "the library takes leaky_relu'(0.0) = 1.0",
            "optional_ACT-KINK_hardtanh-probe-at-plus-1", "the library takes hardtanh'(1.0) = 1.0",
            "optional_ACT-KINK_hardtanh-probe-at-minus-1", "the library takes hardtanh'(-1.0) = 1.0",
            "optional_ACT-KINK_vector-leaky-relu-kink", "errors only in hidden layers [1] (leaky_relu)",
            "optional_ACT-KINK_vector-hardtanh-kink", "errors only in hidden layers [1] (hardtanh)");
}
