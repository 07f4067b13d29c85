package dev.bprop.examples.dl4j;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the conformance kit finds in DL4J 1.0.0-M2.1 with the base seed 20261122: the findings of FINDINGS.md, each
 * checked by hand against DL4J's source and a hand calculation before it was written down.
 */
final class Dl4jFindings {
    /** The kit's diagnosis: its catalogue's model of this very bug gives DL4J's numbers (KIT-DIAGNOSIS). */
    private static final String REPRODUCED = "reproduced by model `leaky-relu-slope-float` (ACT-LEAKY-RELU)";
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
    static final Finding LEAKY_RELU_SLOPE = new Finding("leaky-relu-slope-in-float32", Map.ofEntries(
            reproduced("required_BP1_leaky_relu-mse_seed=-8007682968172325889"),
            reproduced("required_BP1_leaky_relu-mse_seed=-3549818580241574988"),
            reproduced("required_BP1-SOFTMAX-CE_softmax-ce_seed=-5212455192427808621"),
            reproduced("required_BP2_mixed_seed=9032008687843824755"),
            reproduced("required_BP2_mixed_seed=-8580611595189355992"),
            reproduced("required_BP2_edge-depth-8_seed=1785122211234571867"),
            reproduced("required_BP2_edge-depth-10_seed=1514397384665300630"),
            reproduced("required_BP4_edge-width-130_seed=-8317693643263622178"),
            reproduced("required_BP-BATCH_mixed_seed=4382006587624530431"),
            reproduced("required_ACT-LEAKY-RELU_leaky_relu-hidden_seed=-1519867566064786859"),
            reproduced("required_ACT-LEAKY-RELU_leaky_relu-hidden_seed=12075016330483490"),
            reproduced("required_ACT-LEAKY-RELU_vector-leaky-relu", TOLERANCE,
                    "expected -0.08625 (reference), found -0.08624999709427358"),
            reproduced("required_BP2_vector-mlp-3layer-exact", TOLERANCE,
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
                    "every gradient number is 0\n"),
            "required_LOSS-STABLE_edge-large-logits-bce_seed=-1630219564117695817",
            List.of("LOSS-MEAN loss[0] (loss): expected 1189.85", "found 0.0 (implementation)",
                    "found 4.947225805778457E-21 (implementation)",
                    "every gradient number is 0.0 × the reference's, each within its tolerance")));

    /**
     * SameDiff's {@code Pow_bp} forms ∂(a^b)/∂b as a^b · ln a, which is 0 · (−∞) = NaN at a = 0, where GBP-OP-POW
     * takes the limit 0 for b &gt; 0.
     */
    static final Finding POW_AT_ZERO_BASE = new Finding("samediff-pow-nan-at-zero-base", Map.of(
            "required_GBP-OP-POW_vector-graph-pow",
            List.of("(gradient.t): expected 0.0 (reference), found NaN (implementation)")));

    /**
     * SameDiff marks only computed (ARRAY) variables as losses ({@code SDVariable.markAsLoss}); a graph whose output
     * is one of its inputs, a VARIABLE, cannot be differentiated: the library refuses where GBP-GRADTABLE's
     * gradient is 1.
     */
    static final Finding VARIABLE_AS_LOSS = new Finding("samediff-output-is-input", Map.of(
            "required_GBP-GRADTABLE_output-is-input_seed=3620580634302637741",
            List.of("the implementation threw java.lang.IllegalStateException: Only ARRAY type SDVariables can be "
                    + "marked as losses to be minimized. SDVariable \"n1\" has variable type VARIABLE")));

    /** Every required finding. */
    static final List<Finding> REQUIRED = List.of(LEAKY_RELU_SLOPE, CROSS_ENTROPY_CLIPPING,
            BINARY_CROSS_ENTROPY_CLIPPING, POW_AT_ZERO_BASE, VARIABLE_AS_LOSS);

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
            "optional_ACT-KINK_vector-leaky-relu-kink", "bias[1] (gradients[0].bias[1]): expected 0.10000000000000002 "
                    + "(reference), found 1.0 (implementation)",
            "optional_ACT-KINK_vector-hardtanh-kink", "bias[0] (gradients[0].bias[0]): expected 1.25 (reference), "
                    + "found 1.0 (implementation)");

    /** A leaky-relu test that fails reproduced by the kit's float-slope model, with further fragments. */
    private static Map.Entry<String, List<String>> reproduced(String test, String... fragments) {
        return Map.entry(test, Stream.concat(Stream.of(REPRODUCED), Stream.of(fragments)).toList());
    }
}
