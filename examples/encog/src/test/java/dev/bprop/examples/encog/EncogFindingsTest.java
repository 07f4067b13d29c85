package dev.bprop.examples.encog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.Outcome.Status;
import dev.bprop.conformance.launch.SuiteRun;
import dev.bprop.oracle.compare.Reproduction;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit's findings on Encog 3.4, asserted exactly: the MLP suite and the runtime-bounds suite run
 * through the JUnit Platform Launcher, and every failure must be one of the documented deviations
 * ({@link EncogDeviation}, FINDINGS.md), attributed by the smallest failing problem the kit printed, failing the
 * clauses and carrying a diagnosis that one of the deviations it shows is documented with (a bug of the kit's
 * catalogue that gives Encog's numbers, or, where none does, the kit's statement that none does); and Encog's
 * numbers on every printed problem are those of {@link EncogModel}, the documented deviations computed. Every other
 * clause passes, with at least one passed test each. So Encog starting to fail in a new way, or to pass where it
 * deviated, breaks this test. Every outcome, with its message, is written to {@code target/encog-conformance.txt}.
 *
 * <p>The clause sets are those of the kit's default base seed, which {@link EncogMlpConformance} pins: at other
 * seeds (checked: seed 1, under the kit's earlier comparison) the same deviations explain every failure, but they
 * reach other clauses (at seed 1 the first one also fails BP3, and no ACT-RELU, LOSS-MSE or LOSS-CE case escapes it).
 */
class EncogFindingsTest {
    /** Clauses of the MLP profile that must pass somewhere: every clause with a case the kit can run on Encog. */
    private static final Set<String> MUST_PASS_SOMEWHERE = Set.of("BP1", "BP1-SIGMOID-BCE", "BP3", "BP4",
            "BP-BATCH", "ACT-IDENTITY", "ACT-RELU", "ACT-HARDTANH", "LOSS-MSE", "LOSS-CE",
            "EX-SIGMOID-2LAYER", "EX-SOFTMAX-4CLASS", "KIT-DETERMINISTIC", "FMT-RESULT", "KIT-FINITE",
            "LOSS-STABLE");
    /** Clauses the kit finds no passing case for on Encog: every case of theirs meets a deviation. */
    private static final Set<String> FAIL_EVERYWHERE = Set.of("BP2", "BP1-JACOBIAN", "BP1-SOFTMAX-CE",
            "ACT-SIGMOID", "ACT-TANH", "LOSS-BCE");
    private static final Set<String> RUNTIME_BOUNDS = Set.of("BOUND-WEIGHTS", "BOUND-DEPTH", "BOUND-BATCH",
            "BOUND-RATIO", "BOUND-MEMORY");

    /** What the kit says when no single bug of its catalogue reproduces a failure (KIT-DIAGNOSIS). */
    private static final String NO_KNOWN_BUG = "no known bug of the kit's catalogue";
    /** What a kink test reports instead of a diagnosis (KIT-DIAGNOSIS: at a kink, only the convention). */
    private static final String KINK_ONLY = "differs from ACT-KINK's convention";
    /** How the kit names a failing case taken from a spec vector. */
    private static final Pattern SPEC_VECTOR = Pattern.compile("case: spec test vector (\\S+)");

    private static List<Outcome> outcomes;

    @BeforeAll
    static void runSuites() throws IOException {
        long start = System.nanoTime();
        outcomes = SuiteRun.run(List.of(EncogMlpConformance.class, EncogRuntimeBounds.class));
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "encog-conformance.txt"), "suites ran in " + seconds + " s\n"
                + outcomes.stream().map(o -> o.status() + " " + o.name() + "\n" + o.message())
                        .collect(Collectors.joining("\n")));
    }

    /**
     * The evidence: on the problem each failure printed, Encog's result equals {@link EncogModel}, the spec's
     * backpropagation with every documented deviation, as the kit judges a bug model (KIT-DIAGNOSIS: within the
     * tolerance the comparison against the reference gave each number, widened by the model's own rounding). This also covers the failures where two
     * deviations meet (the kit's catalogue holds single bugs and then names none) and those where Encog applies the
     * derivative function of the layer above to the layer's own output a, which the kit's model of that bug, taking
     * g'(z) afresh, does not reproduce.
     */
    @Test
    void everyFailureIsReproducedByTheDocumentedDeviations() {
        for (Outcome outcome : failures()) {
            Problem problem = smallestFailingProblem(outcome);
            Result encog = new EncogMlp().gradient(problem);
            Result documented = new EncogModel().gradient(problem);
            MlpComparison againstReference = MlpComparison.of(problem, Backpropagation.gradient(problem), encog,
                    Sides.referenceAgainst(Precision.FLOAT64));
            assertTrue(Reproduction.mlp(problem, againstReference, documented, encog).matches(),
                    () -> outcome.name() + ": Encog's result differs from the documented deviations' in "
                            + MlpComparison.of(problem, documented, encog, Sides.referenceAgainst(Precision.FLOAT64))
                                    .mismatches().stream().limit(3).map(Object::toString).toList());
        }
    }

    @Test
    void everyFailureIsADocumentedDeviationWithItsDiagnosis() {
        Map<EncogDeviation, Set<String>> clausesFailed = new EnumMap<>(EncogDeviation.class);
        for (Outcome outcome : failures()) {
            List<EncogDeviation> showing = deviationsShowingOn(smallestFailingProblem(outcome));
            assertFalse(showing.isEmpty(), () -> "an undocumented deviation: " + outcome.name() + "\n"
                    + outcome.message());
            clausesFailed.computeIfAbsent(showing.get(0), d -> new TreeSet<>()).add(outcome.name().clause());
            List<String> diagnoses = diagnosable(outcome, showing).stream()
                    .flatMap(deviation -> deviation.diagnoses().stream()).toList();
            assertTrue(diagnoses.stream().anyMatch(outcome.message()::contains)
                    || outcome.message().contains(NO_KNOWN_BUG) || outcome.message().contains(KINK_ONLY),
                    () -> outcome.name() + " shows " + showing + " but has none of their diagnoses " + diagnoses
                            + ":\n" + outcome.message());
        }
        for (EncogDeviation deviation : EncogDeviation.values()) {
            assertEquals(new TreeSet<>(deviation.clauses()), clausesFailed.get(deviation),
                    () -> "the clauses " + deviation + " fails");
        }
    }

    @Test
    void everyOtherClausePassesWithAtLeastOnePassedTest() {
        Set<String> passed = clauses(Status.PASSED);
        assertTrue(passed.containsAll(MUST_PASS_SOMEWHERE), () -> "no passed test for "
                + difference(MUST_PASS_SOMEWHERE, passed));
        Set<String> failedOnly = new TreeSet<>(clauses(Status.FAILED));
        failedOnly.removeAll(passed);
        assertEquals(new TreeSet<>(FAIL_EVERYWHERE), failedOnly);
    }

    @Test
    void skipsAreOnlyForLeakyReluAndTheSpecVectorThatNeedsIt() {
        for (Outcome outcome : outcomes) {
            if (outcome.status() == Status.SKIPPED && !RUNTIME_BOUNDS.contains(outcome.name().clause())) {
                assertTrue(outcome.message().contains("does not declare the activation leaky_relu"),
                        () -> outcome.name() + " skipped: " + outcome.message());
            }
        }
    }

    /** Inconclusive (skipped) is allowed on a loaded machine; a failed bound is not. */
    @Test
    void runtimeBoundsHold() {
        List<Outcome> bounds = outcomes.stream().filter(o -> RUNTIME_BOUNDS.contains(o.name().clause())).toList();
        assertEquals(6, bounds.size(), () -> "the six bounds clauses ran: " + bounds);
        for (Outcome bound : bounds) {
            assertFalse(bound.status() == Status.FAILED, () -> bound.name() + ": " + bound.message());
            if (bound.status() == Status.SKIPPED) {
                assertTrue(bound.message().toLowerCase().contains("inconclusive"), bound::message);
            }
        }
    }

    private static List<Outcome> failures() {
        return outcomes.stream().filter(o -> o.status() == Status.FAILED).toList();
    }

    /**
     * The deviations {@code problem} shows, in attribution order: the first one of the smallest failing problem is
     * charged with the failed clause. A problem can meet two (a saturated sigmoid under an identity layer meets both
     * the derivative of the layer above and the sigmoid's floor).
     */
    private static List<EncogDeviation> deviationsShowingOn(Problem problem) {
        return Arrays.stream(EncogDeviation.values()).filter(d -> d.showsOn(problem)).toList();
    }

    /**
     * The deviations whose diagnoses the failure may carry: the kit diagnoses the failing case as found, before
     * shrinking, so a spec vector that the shrinker reduced to one deviation may be diagnosed by another that
     * only the whole vector shows (sigmoid-saturated: the floor at z = −800, shrunk to z = 0 under identity).
     */
    private static Set<EncogDeviation> diagnosable(Outcome failure, List<EncogDeviation> showingOnSmallest) {
        Set<EncogDeviation> deviations = new TreeSet<>(showingOnSmallest);
        Matcher vector = SPEC_VECTOR.matcher(failure.message());
        if (vector.find()) {
            VectorCatalog.byId(vector.group(1)).flatMap(TestVector::problem)
                    .ifPresent(whole -> deviations.addAll(deviationsShowingOn(whole)));
        }
        return deviations;
    }

    /** The problem file the kit printed after shrinking: the message from its first line starting with '{'. */
    private static Problem smallestFailingProblem(Outcome failure) {
        String message = failure.message();
        int start = message.indexOf("\n{");
        assertTrue(start >= 0, () -> failure.name() + " printed no smallest failing problem:\n" + message);
        return BpropJson.parseProblem(message.substring(start + 1));
    }

    private static Set<String> clauses(Status status) {
        return outcomes.stream().filter(o -> o.status() == status && !RUNTIME_BOUNDS.contains(o.name().clause()))
                .map(o -> o.name().clause()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> difference(Set<String> all, Set<String> some) {
        Set<String> missing = new TreeSet<>(all);
        missing.removeAll(some);
        return missing;
    }
}
