package dev.bprop.conformance.run;

import dev.bprop.conformance.check.Failure;
import dev.bprop.conformance.check.MlpComparison;
import dev.bprop.conformance.check.ResultShapes;
import dev.bprop.conformance.check.Sides;
import dev.bprop.conformance.diagnose.KinkConvention;
import dev.bprop.conformance.diagnose.MlpDiagnosis;
import dev.bprop.conformance.diagnose.RepeatDiagnosis;
import dev.bprop.conformance.expect.Expectations;
import dev.bprop.conformance.generate.MlpCapabilities;
import dev.bprop.conformance.generate.MlpCase;
import dev.bprop.conformance.problem.EditableProblem;
import dev.bprop.conformance.shrink.ProblemShrinker;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private static final String SHRUNK_HEADING = "smallest failing problem (%d shrinking steps; save it as "
            + "problem.json, `bprop gradient problem.json` prints the expected result):";

    private final MlpImplementation implementation;
    private final MlpCapabilities capabilities;
    private final Expectations expectations;
    private final Sides againstReference;
    private final Set<String> shrunkClauses = ConcurrentHashMap.newKeySet();

    public MlpCaseRunner(MlpImplementation implementation, Expectations expectations) {
        this.implementation = implementation;
        this.capabilities = MlpCapabilities.of(implementation);
        this.expectations = expectations;
        this.againstReference = Sides.referenceAgainst(capabilities.precision());
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
        List<String> findings = new ArrayList<>(MlpDiagnosis.of(problem, expected, found, comparison));
        if (margin == 0 && comparison.shapeErrors().isEmpty()) {
            KinkConvention.of(problem, found).ifPresent(findings::add);
        }
        Failure failure = Failure.of(c.name(), c.origin(), summary)
                .mismatches(comparison.mismatches(), againstReference, c.seed()).diagnosis(findings);
        if (!shrunkClauses.add(c.name().clause())) {
            throw failure.file("the problem (the first failing case of " + c.name().clause() + " shows the smallest "
                    + "failing one):", BpropJson.write(problem)).error();
        }
        boolean wrongShapes = !comparison.shapeErrors().isEmpty();
        ProblemShrinker.Shrunk shrunk = ProblemShrinker.shrink(problem, candidate -> fails(candidate, wrongShapes),
                margin);
        throw failure.file(String.format(SHRUNK_HEADING, shrunk.steps()), BpropJson.write(shrunk.problem())).error();
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

    /** KIT-DETERMINISTIC: two calls on the same problem agree within the tolerance of the precision. */
    public void deterministic(MlpCase c) {
        requireSupported(c);
        Result first = call(c, c.problem());
        Result second = call(c, c.problem());
        Sides repeated = Sides.repeated(capabilities.precision());
        MlpComparison comparison = MlpComparison.of(c.problem(), first, second, repeated);
        if (!comparison.passed()) {
            throw Failure.of(c.name(), c.origin(), "a second call on the same problem answered differently")
                    .mismatches(comparison.mismatches(), repeated, c.seed())
                    .diagnosis(List.of(RepeatDiagnosis.of(comparison)))
                    .file("the problem:", BpropJson.write(c.problem())).error();
        }
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
            throw Failure.of(c.name(), c.origin(), "NaN or infinity where the reference is finite")
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
            throw Failure.of(c.name(), c.origin(), fault.getMessage())
                    .file("the problem:", BpropJson.write(problem)).error(fault);
        }
    }

    /**
     * Whether the implementation still fails on {@code candidate} the way it failed on the case: the shrinker's
     * test. Only a comparison that fails again counts, with wrong shapes if the case had them and wrong numbers if
     * it had those; an adapter that throws or exceeds the time limit on a candidate ends the shrinking
     * ({@link AdapterCall.Fault} is not caught), since an error says nothing about the numbers.
     */
    private boolean fails(Problem candidate, boolean wrongShapes) {
        Optional<Result> expected = expectations.of(candidate);
        if (expected.isEmpty() || capabilities.unsupported(candidate).isPresent()) {
            return false;
        }
        Result found = AdapterCall.answer(() -> implementation.gradient(candidate), ResultStructure::mlp);
        MlpComparison comparison = MlpComparison.of(candidate, expected.get(), found, againstReference);
        return !comparison.passed() && comparison.shapeErrors().isEmpty() != wrongShapes;
    }
}
