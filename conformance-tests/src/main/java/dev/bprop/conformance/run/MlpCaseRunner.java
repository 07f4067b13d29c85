package dev.bprop.conformance.run;

import dev.bprop.conformance.diagnose.KinkConvention;
import dev.bprop.conformance.diagnose.MlpDiagnosis;
import dev.bprop.conformance.diagnose.RepeatDiagnosis;
import dev.bprop.conformance.generate.HidingPlaces;
import dev.bprop.conformance.generate.MlpCapabilities;
import dev.bprop.conformance.generate.MlpCase;
import dev.bprop.conformance.problem.EditableProblem;
import dev.bprop.conformance.shrink.ProblemShrinker;
import dev.bprop.conformance.shrink.Signature;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.ResultShapes;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one MLP case against an implementation, in one of the ways a clause asks: the numbers (every required
 * numeric clause), the adapter's contract (KIT-PURE, KIT-DETERMINISTIC, FMT-RESULT, KIT-FINITE), or the convention
 * at kinks (ACT-KINK). A case the implementation does not support is aborted with the reason; a failure throws an
 * {@link AssertionFailedError} laid out by {@link Failure}, with the diagnosis and the shrunk problem. Only the first
 * failing case of each clause is shrunk: a bug fails many cases of its clause the same way, and one smallest
 * problem per clause is what a bug report needs; the other failures print their problem as it was posed.
 */
public final class MlpCaseRunner {
    private static final String SHRUNK_HEADING = "smallest problem that fails the same way (%s; %d shrinking "
            + "steps, each checked on a fresh instance of the adapter; save it as problem.json, `bprop gradient "
            + "problem.json` prints the expected result):";

    /** The heading of a problem that only the instance with its history gets wrong. */
    static final String FRESH_INSTANCE_PASSES = "the problem as posed; a fresh instance of the adapter does not fail "
            + "on it the same way, so the failure depends on what this instance was asked before (state kept "
            + "between calls, a cache; KIT-DETERMINISTIC):";

    /** The heading of a problem the shrinker could not pose again: a fresh instance threw on it or a candidate. */
    static final String FRESH_INSTANCE_FAULT = "the problem as posed (not shrunk: a fresh instance of the adapter "
            + "failed to answer, ";

    private final MlpImplementation implementation;
    private final Supplier<MlpImplementation> fresh;
    private final MlpCapabilities capabilities;
    private final Expectations expectations;
    private final Sides againstReference;
    private final Set<String> shrunkClauses = ConcurrentHashMap.newKeySet();

    /** A runner whose shrinker asks {@code implementation} itself: for an adapter that keeps no state. */
    public MlpCaseRunner(MlpImplementation implementation, Expectations expectations) {
        this(implementation, () -> implementation, expectations);
    }

    /**
     * A runner that asks {@code implementation} the cases and a {@code fresh} instance each candidate of the
     * shrinker, so that state an instance keeps (a cache, an accumulator) cannot lead the shrinking astray.
     */
    public MlpCaseRunner(MlpImplementation implementation, Supplier<MlpImplementation> fresh,
            Expectations expectations) {
        this.implementation = implementation;
        this.fresh = fresh;
        this.capabilities = MlpCapabilities.of(implementation);
        this.expectations = expectations;
        this.againstReference = Sides.referenceAgainst(capabilities.precision().arithmetic());
    }

    /** Loss, outputs and every gradient within tolerance of the reference's. */
    public void values(MlpCase c) {
        numbers(c, capabilities.kinkMargin(), "numbers differ from the reference");
    }

    /** The same comparison on a problem with pre-activations on kinks: the library's convention is reported. */
    public void kinkConvention(MlpCase c) {
        numbers(c, 0, "the library's derivative at a kink differs from ACT-KINK's convention");
    }

    private void numbers(MlpCase c, double margin, String summary) {
        requireSupported(c);
        Problem problem = c.problem();
        Result expected = expected(c, problem);
        Result found = call(c, problem);
        MlpComparison comparison = MlpComparison.of(problem, expected, found, againstReference);
        if (comparison.passed()) {
            return;
        }
        List<String> findings = new ArrayList<>();
        if (margin == 0 && comparison.shapeErrors().isEmpty()) {
            KinkConvention.of(problem, found).ifPresent(findings::add);
        } else {
            findings.addAll(MlpDiagnosis.of(problem, expected, found, comparison));
        }
        Failure failure = Failure.of(c.name(), c.origin(), summary)
                .mismatches(comparison.mismatches(), againstReference, c.seed()).diagnosis(findings);
        if (!shrunkClauses.add(c.name().clause())) {
            throw failure.file("the problem (the first failing case of " + c.name().clause() + " shows the smallest "
                    + "failing one):", BpropJson.write(problem)).error();
        }
        Signature signature = Signature.of(problem, found, comparison);
        try {
            if (!failsAs(signature, problem)) {
                throw failure.file(FRESH_INSTANCE_PASSES, BpropJson.write(problem)).error();
            }
            ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(problem,
                    candidate -> failsAs(signature, candidate), margin);
            if (shrunk.steps() > 0 && !failsAs(signature, shrunk.problem())) {
                throw failure.file("the problem (its shrunk form did not fail the same way again on a fresh "
                        + "instance: the implementation is not deterministic):", BpropJson.write(problem)).error();
            }
            throw failure.file(String.format(SHRUNK_HEADING, signature.describe(), shrunk.steps()),
                    BpropJson.write(shrunk.problem())).error();
        } catch (AdapterCall.Fault fault) {
            throw failure.file(FRESH_INSTANCE_FAULT + fault.getMessage() + "):", BpropJson.write(problem)).error();
        }
    }

    /** KIT-PURE: the problem given is the same after the call. */
    public void pure(MlpCase c) {
        requireSupported(c);
        Problem before = EditableProblem.of(c.problem()).toProblem();
        call(c, c.problem());
        Optional<String> change = ProblemChange.first(before, c.problem());
        if (change.isPresent()) {
            throw Failure.of(c.name(), c.origin(), "the call changed the problem it was given")
                    .diagnosis(List.of(change.get() + ": the implementation must work on copies, never on the "
                            + "caller's arrays (KIT-PURE)"))
                    .file("the problem as it was given:", BpropJson.write(before)).error();
        }
    }

    /**
     * KIT-DETERMINISTIC: two calls on the same problem agree within the tolerance of the precision; on a problem of
     * {@value HidingPlaces#LARGE_WEIGHTS} weights or more, so do the answers of concurrent calls ({@link
     * ConcurrentCalls}).
     */
    public void deterministic(MlpCase c) {
        requireSupported(c);
        Result first = call(c, c.problem());
        List<Result> answers = new ArrayList<>(List.of(call(c, c.problem())));
        if (weights(c.problem()) >= HidingPlaces.LARGE_WEIGHTS) {
            try {
                answers.addAll(ConcurrentCalls.answers(fresh, c.problem()));
            } catch (RuntimeException e) {
                throw Failure.of(c.name(), c.origin(), "the implementation threw when called from "
                        + ConcurrentCalls.THREADS + " threads at once: " + e).error(e);
            }
        }
        Sides repeated = Sides.repeated(capabilities.precision().arithmetic());
        for (Result answer : answers) {
            MlpComparison comparison = MlpComparison.of(c.problem(), first, answer, repeated);
            if (!comparison.passed()) {
                throw Failure.of(c.name(), c.origin(), "a later call on the same problem answered differently")
                        .mismatches(comparison.mismatches(), repeated, c.seed())
                        .diagnosis(RepeatDiagnosis.of(comparison))
                        .file("the problem:", BpropJson.write(c.problem())).error();
            }
        }
    }

    private static long weights(Problem problem) {
        long weights = 0;
        for (int l = 1; l <= problem.depth(); l++) {
            weights += (long) problem.width(l) * problem.width(l - 1);
        }
        return weights;
    }

    /** FMT-RESULT: the result has the shapes of the problem. */
    public void shapes(MlpCase c) {
        requireSupported(c);
        List<String> errors = ResultShapes.errors(c.problem(), call(c, c.problem()));
        if (!errors.isEmpty()) {
            throw Failure.of(c.name(), c.origin(), "the result has the wrong shapes").diagnosis(errors)
                    .file("the problem:", BpropJson.write(c.problem())).error();
        }
    }

    /** KIT-FINITE: no NaN or infinity where the reference is finite. */
    public void finite(MlpCase c) {
        requireSupported(c);
        Result expected = expected(c, c.problem());
        MlpComparison comparison = MlpComparison.of(c.problem(), expected, call(c, c.problem()), againstReference);
        List<String> nonFinite = comparison.mismatches().stream()
                .filter(m -> !Double.isFinite(m.found()) && Double.isFinite(m.expected()))
                .map(m -> m.place().path() + " is " + m.found() + " where the reference has " + m.expected())
                .toList();
        if (!comparison.shapeErrors().isEmpty() || !nonFinite.isEmpty()) {
            throw Failure.of(c.name(), c.origin(), comparison.shapeErrors().isEmpty()
                    ? "NaN or infinity where the reference is finite"
                    : "the result has the wrong shapes (FMT-RESULT), so its numbers cannot be checked")
                    .diagnosis(comparison.shapeErrors().isEmpty() ? nonFinite : comparison.shapeErrors())
                    .file("the problem:", BpropJson.write(c.problem())).error();
        }
    }

    private void requireSupported(MlpCase c) {
        capabilities.unsupported(c.problem()).ifPresent(reason -> Assumptions.abort(c.name() + " skipped: " + reason));
    }

    private Result expected(MlpCase c, Problem problem) {
        return expectations.of(problem).orElseThrow(() -> Failure.of(c.name(), c.origin(),
                "no expected values for this problem").error());
    }

    private Result call(MlpCase c, Problem problem) {
        try {
            return AdapterCall.answer(() -> implementation.gradient(problem), ResultStructure::mlp);
        } catch (AdapterCall.Fault fault) {
            if (fault.getCause() instanceof RuntimeException thrown && Unsupported.isDeclared(thrown)) {
                throw Unsupported.skip(c.name(), thrown);
            }
            throw Failure.of(c.name(), c.origin(), fault.getMessage())
                    .file("the problem:", BpropJson.write(problem)).error(fault);
        }
    }

    /**
     * Whether a fresh instance of the implementation fails on {@code candidate} as the original case failed: the
     * shrinker's test ({@link Signature}). An adapter that throws or exceeds the time limit on a candidate ends the
     * shrinking ({@link AdapterCall.Fault} is not caught), since an error says nothing about the numbers.
     */
    private boolean failsAs(Signature signature, Problem candidate) {
        Optional<Result> expected = expectations.of(candidate);
        if (expected.isEmpty() || capabilities.unsupported(candidate).isPresent()) {
            return false;
        }
        Result found = AdapterCall.answer(() -> fresh.get().gradient(candidate), ResultStructure::mlp);
        MlpComparison comparison = MlpComparison.of(candidate, expected.get(), found, againstReference);
        return !comparison.passed() && signature.keptBy(Signature.of(candidate, found, comparison));
    }
}
