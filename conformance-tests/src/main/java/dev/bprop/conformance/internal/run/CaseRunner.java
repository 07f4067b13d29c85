package dev.bprop.conformance.internal.run;

import dev.bprop.conformance.Expectations;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.internal.shrink.Signature;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Sides;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one case against an implementation, in one of the ways a clause asks: the numbers (every required numeric
 * clause), the adapter's contract (KIT-DETERMINISTIC, FMT-RESULT or FMT-GRAPH-RESULT, KIT-FINITE), or the convention
 * at kinks (ACT-KINK). The steps are the same for MLP problems and for graphs; {@link MlpCaseRunner} and {@link
 * GraphCaseRunner} supply what differs (see the package documentation).
 *
 * <p>A case the implementation does not support is aborted with the reason (KIT-CAPABILITY); a failure throws an
 * {@link AssertionFailedError} laid out by {@link Failure}, with the diagnosis and the shrunk question. Only the
 * first failing case of each clause is shrunk: a bug fails many cases of its clause the same way, and one smallest
 * question per clause is what a bug report needs; the other failures print their question as it was posed.
 *
 * @param <K> the case: {@code MlpCase} or {@code GraphCase}
 * @param <Q> the question a case poses: a problem or a graph
 * @param <A> the answer: a result or a graph result
 * @param <C> an answer compared with another: {@code MlpComparison} or {@code GraphComparison}
 */
public abstract class CaseRunner<K, Q, A, C> {
    private static final String SHRUNK_HEADING = "the smallest %1$s that fails the same way (%2$s; %3$d shrinking "
            + "steps, each checked on a fresh instance of the adapter; save it as %1$s.json, `%4$s` prints the "
            + "expected result):";

    /** The heading of a question that only the instance with its history gets wrong. */
    static final String FRESH_INSTANCE_PASSES = "the %s as posed; a fresh instance of the adapter does not fail on "
            + "it the same way, so the failure depends on what this instance was asked before (state kept between "
            + "calls, a cache; KIT-DETERMINISTIC):";

    /** The heading of a question the shrinker could not pose again: a fresh instance threw on it or a candidate. */
    static final String FRESH_INSTANCE_FAULT = "the %s as posed (not shrunk: a fresh instance of the adapter failed "
            + "to answer, %s):";

    /** The heading of a question whose shrunk form, asked again, did not fail the same way. */
    static final String SHRUNK_NOT_AGAIN = "the %s (its shrunk form did not fail the same way again on a fresh "
            + "instance: the implementation is not deterministic):";

    /** The heading of a later failing case of a clause whose first failing case was shrunk. */
    static final String LATER_CASE = "the %s (the first failing case of %s shows the smallest failing one):";

    /** A case as the steps see it: its name, where it came from, its seed if generated, and its question. */
    record Posed<Q>(TestName name, String origin, OptionalLong seed, Q question) {
    }

    /** The smallest question the shrinker found and how many steps it took. */
    record Shrunk<Q>(Q question, int steps) {
    }

    /** An answer compared with another, as the steps read it; the comparison itself for the diagnosis. */
    record Compared<C>(C comparison, boolean passed, List<ElementComparison> mismatches, List<String> shapeErrors) {
    }

    private final Function<Q, A> implementation;
    private final Supplier<Function<Q, A>> fresh;
    private final Expectations expectations;
    private final String noun;
    private final String command;
    private final Set<String> shrunkClauses = ConcurrentHashMap.newKeySet();

    /**
     * @param implementation the instance asked the cases
     * @param fresh a fresh instance for each candidate of the shrinker and each concurrent caller, so that state an
     *     instance keeps (a cache, an accumulator) cannot lead the shrinking astray
     * @param expectations where the expected answers come from
     * @param noun what a question is called in messages and file names: "problem", "graph"
     * @param command the {@code bprop} command that prints the expected answer of a question file
     */
    CaseRunner(Function<Q, A> implementation, Supplier<Function<Q, A>> fresh, Expectations expectations,
            String noun, String command) {
        this.implementation = implementation;
        this.fresh = fresh;
        this.expectations = expectations;
        this.noun = noun;
        this.command = command;
    }

    /** Every number of the answer within tolerance of the reference's. */
    public void values(K c) {
        numbers(posed(c), false, "numbers differ from the reference");
    }

    /** The same comparison on a question with pre-activations on kinks: the library's convention is reported. */
    public void kinkConvention(K c) {
        numbers(posed(c), true, "the library's derivative at a kink differs from ACT-KINK's convention");
    }

    /** The check of the adapter's contract that the case's clause names. */
    public void contract(K c) {
        TestName name = posed(c).name();
        switch (name.clause()) {
            case "KIT-DETERMINISTIC" -> deterministic(c);
            case "FMT-RESULT", "FMT-GRAPH-RESULT" -> shapes(c);
            case "KIT-FINITE" -> finite(c);
            default -> throw new IllegalStateException("no contract check for clause " + name.clause() + " ("
                    + name + ")");
        }
    }

    /**
     * KIT-DETERMINISTIC: a second call on the same question agrees with the first within the tolerance of the
     * precision; on a question {@link #askedConcurrently} marks, so do the answers of concurrent calls ({@link
     * ConcurrentCalls}).
     */
    public void deterministic(K c) {
        Posed<Q> p = supported(c);
        A first = call(p);
        List<A> later = new ArrayList<>(List.of(call(p)));
        if (askedConcurrently(p.question())) {
            try {
                later.addAll(ConcurrentCalls.answers(fresh, p.question()));
            } catch (RuntimeException e) {
                throw Failure.of(p.name(), p.origin(), "the implementation threw when called from "
                        + ConcurrentCalls.THREADS + " threads at once: " + e).error(e);
            }
        }
        Sides repeated = Sides.repeated(precision().arithmetic());
        for (A answer : later) {
            Compared<C> comparison = compare(p.question(), first, answer, repeated);
            if (!comparison.passed()) {
                throw Failure.of(p.name(), p.origin(), "a later call on the same " + noun + " answered differently")
                        .mismatches(comparison.mismatches(), repeated, p.seed())
                        .diagnosis(repeatDiagnosis(comparison.comparison()))
                        .file("the " + noun + ":", write(p.question())).error();
            }
        }
    }

    /** FMT-RESULT, FMT-GRAPH-RESULT: the answer has the shapes (the entries) the question asks for. */
    public void shapes(K c) {
        Posed<Q> p = supported(c);
        A found = call(p);
        List<String> errors = compare(p.question(), found, found, Sides.repeated(precision().arithmetic()))
                .shapeErrors();
        if (!errors.isEmpty()) {
            throw Failure.of(p.name(), p.origin(), "the result has the wrong shapes").diagnosis(errors)
                    .file("the " + noun + ":", write(p.question())).error();
        }
    }

    /** KIT-FINITE: no NaN or infinity where the reference is finite. */
    public void finite(K c) {
        Posed<Q> p = supported(c);
        Compared<C> comparison = compare(p.question(), expected(p), call(p), againstReference());
        List<String> nonFinite = comparison.mismatches().stream()
                .filter(m -> !Double.isFinite(m.found()) && Double.isFinite(m.expected()))
                .map(m -> m.place().path() + " is " + m.found() + " where the reference has " + m.expected())
                .toList();
        List<String> shapeErrors = comparison.shapeErrors();
        if (!shapeErrors.isEmpty() || !nonFinite.isEmpty()) {
            throw Failure.of(p.name(), p.origin(), shapeErrors.isEmpty()
                    ? "NaN or infinity where the reference is finite"
                    : "the result has the wrong shapes, so its numbers cannot be checked")
                    .diagnosis(shapeErrors.isEmpty() ? nonFinite : shapeErrors)
                    .file("the " + noun + ":", write(p.question())).error();
        }
    }

    /**
     * The answer compared with the reference's; on a failure the diagnosis and, for the first failing case of its
     * clause, the smallest question that a fresh instance fails the same way ({@link Signature}).
     */
    private void numbers(Posed<Q> p, boolean atKinks, String summary) {
        requireSupported(p);
        Q question = p.question();
        A expected = expected(p);
        A found = call(p);
        Compared<C> comparison = compare(question, expected, found, againstReference());
        if (comparison.passed()) {
            return;
        }
        Failure failure = Failure.of(p.name(), p.origin(), summary)
                .mismatches(comparison.mismatches(), againstReference(), p.seed())
                .diagnosis(diagnosis(question, expected, found, comparison.comparison(), atKinks));
        if (!shrunkClauses.add(p.name().clause())) {
            throw failure.file(String.format(LATER_CASE, noun, p.name().clause()), write(question)).error();
        }
        Signature signature = signature(question, found, comparison.comparison());
        try {
            if (!failsAs(signature, question)) {
                throw failure.file(String.format(FRESH_INSTANCE_PASSES, noun), write(question)).error();
            }
            Shrunk<Q> shrunk = shrink(question, candidate -> failsAs(signature, candidate), atKinks);
            if (shrunk.steps() > 0 && !failsAs(signature, shrunk.question())) {
                throw failure.file(String.format(SHRUNK_NOT_AGAIN, noun), write(question)).error();
            }
            throw failure.file(String.format(SHRUNK_HEADING, noun, signature.describe(), shrunk.steps(),
                    "bprop " + command + " " + noun + ".json"), write(shrunk.question())).error();
        } catch (AdapterCall.Fault fault) {
            throw failure.file(String.format(FRESH_INSTANCE_FAULT, noun, fault.getMessage()), write(question))
                    .error();
        }
    }

    /**
     * Whether a fresh instance fails on {@code candidate} as the case failed: the shrinker's test ({@link
     * Signature}). A candidate outside the capabilities, one the adapter declares it cannot express ({@link
     * Unsupported}) or one the reference cannot answer is not the same failure; an adapter that throws otherwise or
     * exceeds the time limit on a candidate ends the shrinking (the {@link AdapterCall.Fault} goes on), since an
     * error says nothing about the numbers and every further candidate may cost the time limit.
     */
    private boolean failsAs(Signature signature, Q candidate) {
        if (unsupported(candidate).isPresent()) {
            return false;
        }
        Optional<A> expected;
        try {
            expected = expected(expectations, candidate);
        } catch (RuntimeException referenceCannotAnswer) {
            return false;
        }
        if (expected.isEmpty()) {
            return false;
        }
        A found;
        try {
            found = AdapterCall.answer(() -> fresh.get().apply(candidate), this::brokenPlace);
        } catch (AdapterCall.Fault fault) {
            if (Unsupported.isDeclared(fault)) {
                return false;
            }
            throw fault;
        }
        Compared<C> comparison = compare(candidate, expected.get(), found, againstReference());
        return !comparison.passed() && signature.keptBy(signature(candidate, found, comparison.comparison()));
    }

    private Posed<Q> supported(K c) {
        Posed<Q> p = posed(c);
        requireSupported(p);
        return p;
    }

    private void requireSupported(Posed<Q> p) {
        unsupported(p.question()).ifPresent(reason -> Assumptions.abort(p.name() + " skipped: " + reason));
    }

    private A expected(Posed<Q> p) {
        return expected(expectations, p.question()).orElseThrow(() -> Failure.of(p.name(), p.origin(),
                "no expected values for this " + noun).error());
    }

    private A call(Posed<Q> p) {
        try {
            return AdapterCall.answer(() -> implementation.apply(p.question()), this::brokenPlace);
        } catch (AdapterCall.Fault fault) {
            if (Unsupported.isDeclared(fault)) {
                throw Unsupported.skip(p.name(), fault);
            }
            throw Failure.of(p.name(), p.origin(), fault.getMessage())
                    .file("the " + noun + ":", write(p.question())).error(fault);
        }
    }

    private Sides againstReference() {
        return Sides.referenceAgainst(precision().arithmetic());
    }

    /** The case as the steps see it. */
    abstract Posed<Q> posed(K c);

    /** The precision the implementation declares: the tolerance of its side of every comparison. */
    abstract Precision precision();

    /** Why the implementation cannot be asked {@code question} (KIT-CAPABILITY), if it cannot. */
    abstract Optional<String> unsupported(Q question);

    /** The expected answer of {@code question} from {@code expectations}. */
    abstract Optional<A> expected(Expectations expectations, Q question);

    /** The first place where {@code answer}'s structure is broken (FMT-RESULT, FMT-GRAPH-RESULT), if any. */
    abstract Optional<String> brokenPlace(A answer);

    /** {@code found} compared with {@code expected}, element by element, by the two {@code sides}. */
    abstract Compared<C> compare(Q question, A expected, A found, Sides sides);

    /** The findings on a failing answer; {@code atKinks} when the case probes the convention at kinks. */
    abstract List<String> diagnosis(Q question, A expected, A found, C comparison, boolean atKinks);

    /** The findings on a later answer that differs from the first (KIT-DETERMINISTIC). */
    abstract List<String> repeatDiagnosis(C firstAgainstLater);

    /** How the answer fails, for the shrinker to keep ({@link Signature}). */
    abstract Signature signature(Q question, A found, C comparison);

    /** The smallest question for which {@code fails} still holds. */
    abstract Shrunk<Q> shrink(Q failing, Predicate<Q> fails, boolean atKinks);

    /** Whether KIT-DETERMINISTIC also asks fresh instances concurrently ({@link ConcurrentCalls}). */
    abstract boolean askedConcurrently(Q question);

    /** The question as the file a bug report carries. */
    abstract String write(Q question);
}
