package dev.bprop.examples.djl;

import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.Outcome.Status;
import dev.bprop.conformance.naming.Level;
import java.util.Set;

/**
 * What the conformance kit reports about DJL 0.35.1 on PyTorch 2.7.1, one constant a finding of FINDINGS.md (its
 * anchor in brackets). {@link #explains(Outcome)} recognises the failed tests a finding accounts for, by clause and
 * by the evidence in the message; {@link DjlFindingsTest} asserts that every failure is explained by exactly one
 * finding and that each finding fails exactly its clauses.
 */
enum KnownFinding {
    /**
     * [leaky-relu-slope] {@code Activation.leakyRelu(NDArray, float)} takes the slope as a float: 0.1f reaches PyTorch
     * as 0.100000001490116…, 1.5e−8 relative away from ACT-LEAKY-RELU's 0.1. Every case whose smallest failing
     * problem still has a leaky_relu layer, diagnosed as float32-sized errors.
     */
    LEAKY_RELU_SLOPE(Set.of("ACT-LEAKY-RELU", "BP1", "BP1-SOFTMAX-CE", "BP2", "BP-BATCH")) {
        @Override
        boolean explains(Outcome outcome) {
            return smallestFailingProblem(outcome.message()).contains("\"activation\" : \"leaky_relu\"")
                    && outcome.message().contains("every error is of the size of float32 rounding");
        }
    },
    /**
     * [bce-zero-logit] {@code SigmoidBinaryCrossEntropyLoss} (fromSigmoid = false) returns ∂J/∂z = −y instead of
     * σ(0) − y at a logit of exactly 0 (0 instead of 0.5 for y = 0): the case the adapter adds
     * ({@code findings/bce-zero-logit.json}).
     */
    BCE_ZERO_LOGIT(Set.of("BP1-SIGMOID-BCE")) {
        @Override
        boolean explains(Outcome outcome) {
            return outcome.name().caseName().equals("djl-zero-logit")
                    && outcome.message().contains("expected 0.5, found 0.0");
        }
    },
    /**
     * [kit-saturation-tolerance] Not a DJL deviation: at saturated tanh and sigmoid units PyTorch computes g' from
     * the stored output (1 − a², a(1 − a)), as FWD-STORE and ACT-SIGMOID allow, and the cancellation leaves rounding
     * errors far above the kit's 1e−9 relative tolerance (or a 0 where the reference has 1e−17) but within
     * CMP-TOLERANCE ({@code bprop check --result} agrees). The kit's tolerance, not the library, is at fault.
     */
    KIT_SATURATION_TOLERANCE(Set.of("ACT-TANH", "ACT-SIGMOID")) {
        @Override
        boolean explains(Outcome outcome) {
            return outcome.name().caseName().contains("saturated")
                    && !smallestFailingProblem(outcome.message()).contains("leaky_relu");
        }
    };

    private final Set<String> clauses;

    KnownFinding(Set<String> clauses) {
        this.clauses = Set.copyOf(clauses);
    }

    /** The clauses whose required tests this finding makes fail: all of them, and no others. */
    Set<String> clauses() {
        return clauses;
    }

    /** Whether {@code outcome}, a failed required test, is this finding. */
    final boolean accounts(Outcome outcome) {
        return outcome.status() == Status.FAILED && outcome.name().level() == Level.REQUIRED
                && clauses.contains(outcome.name().clause()) && explains(outcome);
    }

    abstract boolean explains(Outcome outcome);

    /** The problem file the kit printed after shrinking, or "" when the message has none. */
    static String smallestFailingProblem(String message) {
        int start = message.indexOf("smallest failing problem");
        return start < 0 ? "" : message.substring(start);
    }
}
