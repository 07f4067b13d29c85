package dev.bprop.examples.djl;

import dev.bprop.conformance.launch.Level;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.Outcome.Status;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Reproduction;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
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
     * smallest failing one for a clause's first failure, the case itself for the others) has a leaky_relu layer and
     * on which DJL's result is reproduced by {@link FloatSlopeLeakyRelu}, the spec with the slope 0.1f, as the kit
     * judges a bug model (KIT-DIAGNOSIS). The kit itself names no cause here: its catalogue's float-slope model
     * changes the derivative alone, and DJL's forward pass has the float slope too.
     */
    LEAKY_RELU_SLOPE(Set.of("ACT-LEAKY-RELU", "BP1", "BP1-SOFTMAX-CE", "BP2", "BP4", "BP-BATCH")) {
        @Override
        boolean explains(Outcome outcome) {
            String printed = printedProblem(outcome.message());
            if (!printed.contains("\"activation\" : \"leaky_relu\"")) {
                return false;
            }
            Problem problem = BpropJson.parseProblem(printed.strip());
            Result djl = new DjlMlp().gradient(problem);
            MlpComparison againstReference = MlpComparison.of(problem, Backpropagation.gradient(problem), djl,
                    Sides.referenceAgainst(Precision.FLOAT64));
            return !againstReference.passed()
                    && Reproduction.mlp(problem, againstReference, new FloatSlopeLeakyRelu().gradient(problem), djl)
                            .matches();
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
    },

    /**
     * [one-gradient-collector] {@code PtGradientCollector} allows one collector per JVM at a time (a static
     * {@code AtomicBoolean isCollecting}), so four fresh adapter instances asked at the same moment (KIT-DETERMINISTIC
     * on a problem of 10⁵ weights) throw instead of answering.
     */
    ONE_GRADIENT_COLLECTOR(Set.of("KIT-DETERMINISTIC")) {
        @Override
        boolean explains(Outcome outcome) {
            return outcome.message().contains("the implementation threw when called from 4 threads at once: "
                    + "java.lang.IllegalStateException: A PtGradientCollector is already collecting. Only one can be "
                    + "collecting at a time");
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
