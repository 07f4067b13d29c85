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
     * as 0.100000001490116…, 1.5e−8 relative away from ACT-LEAKY-RELU's 0.1. Every case whose printed problem (the
     * smallest failing one for a clause's first failure, the case itself for the others) has a leaky_relu layer,
     * diagnosed as float32-sized errors under CMP-TOLERANCE.
     */
    LEAKY_RELU_SLOPE(Set.of("ACT-LEAKY-RELU", "BP1", "BP1-SOFTMAX-CE", "BP2", "BP-BATCH")) {
        @Override
        boolean explains(Outcome outcome) {
            return printedProblem(outcome.message()).contains("\"activation\" : \"leaky_relu\"")
                    && outcome.message().contains("(CMP-TOLERANCE)")
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
                    && outcome.message().contains("expected 0.5 (reference), found 0.0 (implementation)")
                    && outcome.message().contains("(CMP-TOLERANCE)");
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

    /**
     * The problem file the kit printed: after shrinking for the first failing case of a clause ("smallest failing
     * problem"), the case as generated for the others ("the problem"); "" when the message has none.
     */
    static String printedProblem(String message) {
        int start = message.indexOf("\n{");
        return start < 0 ? "" : message.substring(start);
    }
}
