package dev.bprop.conformance.internal.run;

import dev.bprop.conformance.Expectations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.internal.run.CaseRunner.Posed;
import dev.bprop.conformance.internal.shrink.Signature;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.conformance.spi.UnsupportedProblemException;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.oracle.compare.Verdict;
import dev.bprop.oracle.objective.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The steps every case goes through (KIT-CAPABILITY, KIT-SHRINK, KIT-DETERMINISTIC, FMT-RESULT, KIT-FINITE), on
 * questions that are whole numbers: the expected answer to n is n, a wrong adapter answers otherwise, the shrinker
 * steps n down by one while the failure holds. Every message below is the layout of {@link Failure} written out by
 * hand for that question.
 */
class CaseRunnerTest {
    private static final TestName BP2 = TestName.required("BP2", "seven");
    private static final Posed<Integer> SEVEN = new Posed<>(BP2, "drawn by hand", OptionalLong.of(42), 7);

    /** The questions n = 1, 2, …; everything about them is set per test. */
    static final class Numbers extends CaseRunner<Posed<Integer>, Integer, Double, String> {
        Set<Integer> unsupported = Set.of();
        Set<Integer> noExpectation = Set.of();
        Set<Integer> referenceThrows = Set.of();
        boolean shrunkAtKinks;
        final List<Integer> asked = new ArrayList<>();

        Numbers(Function<Integer, Double> implementation, Supplier<Function<Integer, Double>> fresh) {
            super(implementation, fresh, Expectations.reference(), "number", "numbers");
        }

        @Override
        Posed<Integer> posed(Posed<Integer> c) {
            return c;
        }

        @Override
        Precision precision() {
            return Precision.FLOAT64;
        }

        @Override
        Optional<String> unsupported(Integer n) {
            return unsupported.contains(n) ? Optional.of(n + " is not declared") : Optional.empty();
        }

        @Override
        Optional<Double> expected(Expectations expectations, Integer n) {
            if (referenceThrows.contains(n)) {
                throw new ArithmeticException("the reference overflows");
            }
            return noExpectation.contains(n) ? Optional.empty() : Optional.of(n == 99 ? Double.POSITIVE_INFINITY : n);
        }

        @Override
        Optional<String> brokenPlace(Double answer) {
            return answer == null ? Optional.of("no answer") : Optional.empty();
        }

        /** −1 stands for an answer of the wrong shape. */
        @Override
        Compared<String> compare(Integer n, Double expected, Double found, Sides sides) {
            if (found == -1) {
                return new Compared<>("shapes", false, List.of(), List.of("the answer has no shape"));
            }
            boolean agrees = expected.equals(found);
            List<ElementComparison> mismatches = agrees ? List.of() : List.of(new ElementComparison(
                    new Place("answer", "BP2", 0, "value", "[0]"), expected, found, 0, 0, "exact", Verdict.DISAGREES));
            return new Compared<>(found > expected ? "above" : "below", agrees, mismatches, List.of());
        }

        @Override
        List<String> diagnosis(Integer n, Double expected, Double found, String comparison, boolean atKinks) {
            return List.of(comparison + " by " + (found - expected) + (atKinks ? " at a kink" : ""));
        }

        @Override
        List<String> repeatDiagnosis(String firstAgainstLater) {
            return List.of("the later answer is " + firstAgainstLater);
        }

        @Override
        Signature signature(Integer n, Double found, String comparison) {
            return new Signature(List.of(), Set.of(comparison));
        }

        @Override
        Shrunk<Integer> shrink(Integer failing, Predicate<Integer> fails, boolean atKinks) {
            shrunkAtKinks = atKinks;
            int n = failing;
            while (n > 1 && fails.test(n - 1)) {
                n--;
            }
            return new Shrunk<>(n, failing - n);
        }

        @Override
        boolean askedConcurrently(Integer n) {
            return n >= 50;
        }

        @Override
        String write(Integer n) {
            return "question " + n + "\n";
        }
    }

    /** An adapter that answers n + 1 from {@code from} on and n below it. */
    private static Function<Integer, Double> wrongFrom(int from) {
        return n -> n >= from ? n + 1.0 : n;
    }

    private static String failure(Numbers runner, Posed<Integer> c) {
        return assertThrows(AssertionFailedError.class, () -> runner.values(c)).getMessage();
    }

    private static final String HEADER = "required_BP2_seven failed (clause BP2): numbers differ from the reference\n"
            + "  case: drawn by hand\n"
            + "  1 numbers outside their tolerance\n"
            // |Δ| = |7 − 8| = 1, relative 1/8, 2^50 ulps between 7 and 8 (ulp 2^−50 in [4, 8))
            + "    BP2 value[0] (answer): expected 7.0 (reference), found 8.0 (implementation), oracle error 0.0; "
            + "|Δ| = 1.0, relative 0.125, 1125899906842624 ulps > tolerance 0.0 = exact; seed 42\n"
            + "  diagnosis:\n"
            + "    - above by 1.0\n";

    @Test
    void KIT_SHRINK_theFirstFailureOfAClausePrintsTheSmallestQuestionThatFailsTheSameWay() {
        Numbers runner = new Numbers(wrongFrom(3), () -> wrongFrom(3));
        // 7 fails; 6, 5, 4, 3 fail the same way (answered one too high), 2 does not: four steps to 3.
        assertEquals(HEADER + "  the smallest number that fails the same way (no known bug reproduced; the same "
                + "kinds of numbers differ: [above]; 4 shrinking steps, each checked on a fresh instance of the "
                + "adapter; save it as number.json, `bprop numbers number.json` prints the expected result):\n"
                + "question 3",
                failure(runner, SEVEN));
        assertEquals(false, runner.shrunkAtKinks);
        Posed<Integer> eight = new Posed<>(TestName.required("BP2", "eight"), "drawn by hand", OptionalLong.empty(), 8);
        assertTrue(failure(runner, eight).endsWith("\n  the number (the first failing case of BP2 shows the smallest "
                + "failing one):\nquestion 8"));
        Posed<Integer> other = new Posed<>(TestName.required("BP3", "four"), "drawn by hand", OptionalLong.empty(), 4);
        assertTrue(failure(runner, other).contains("\n  the smallest number that fails the same way"));
    }

    @Test
    void KIT_SHRINK_aFailureOnlyTheAskedInstanceShowsIsPrintedAsPosed() {
        Numbers runner = new Numbers(wrongFrom(3), () -> n -> (double) n);
        assertEquals(HEADER + "  the number as posed; a fresh instance of the adapter does not fail on it the same "
                + "way, so the failure depends on what this instance was asked before (state kept between calls, a "
                + "cache; KIT-DETERMINISTIC):\nquestion 7", failure(runner, SEVEN));
    }

    @Test
    void KIT_SHRINK_aShrunkQuestionThatNoLongerFailsOnAFreshInstanceIsNotPrinted() {
        // Fresh instances: wrong on their first two calls (7 itself, then 6), right afterwards: 5 passes, so the
        // shrinker stops at 6 after one step, and 6 asked once more passes.
        AtomicInteger calls = new AtomicInteger();
        Numbers runner = new Numbers(wrongFrom(3), () -> n -> calls.incrementAndGet() <= 2 ? n + 1.0 : n);
        assertTrue(failure(runner, SEVEN).endsWith("\n  the number (its shrunk form did not fail the same way again "
                + "on a fresh instance: the implementation is not deterministic):\nquestion 7"));
        assertEquals(4, calls.get());
    }

    @Test
    void KIT_SHRINK_aQuestionThatCannotBeShrunkIsNotAskedAgain() {
        // Fresh instances: wrong on their first call only (7 itself); 6 passes, so no step is taken, and 7 is not
        // asked a third time (it would pass now).
        AtomicInteger calls = new AtomicInteger();
        Numbers runner = new Numbers(wrongFrom(3), () -> n -> calls.incrementAndGet() == 1 ? n + 1.0 : n);
        assertTrue(failure(runner, SEVEN).contains("; 0 shrinking steps,"));
        assertEquals(2, calls.get());
    }

    @Test
    void KIT_SHRINK_aCandidateThatFailsAnotherWayIsNotKept() {
        // 7, 6, 5 answered one too high; 4 and below one too low: another failure, so the shrinker stops at 5.
        Function<Integer, Double> adapter = n -> n >= 5 ? n + 1.0 : n - 1.0;
        assertTrue(failure(new Numbers(adapter, () -> adapter), SEVEN).contains("; 2 shrinking steps,"));
    }

    @Test
    void KIT_SHRINK_aCandidateThatPassesIsNotKeptEvenWhereItsSignatureMatches() {
        // Answered one too low from 5 on; 4 and below pass, and a passing answer's signature here reads "below"
        // too (as a bug model can coincide with the reference on a smaller problem): the shrinker stops at 5.
        Function<Integer, Double> adapter = n -> n >= 5 ? n - 1.0 : n;
        assertTrue(failure(new Numbers(adapter, () -> adapter), SEVEN).contains("; 2 shrinking steps,"));
    }

    @Test
    void KIT_SHRINK_anAdapterFaultOnACandidateEndsTheShrinking() {
        Numbers runner = new Numbers(wrongFrom(3), () -> n -> {
            if (n == 5) {
                throw new IllegalStateException("no workspace for 5");
            }
            return n + 1.0;
        });
        String message = failure(runner, SEVEN);
        assertTrue(message.contains("\n  the number as posed (not shrunk: a fresh instance of the adapter failed to "
                + "answer, the implementation threw java.lang.IllegalStateException: no workspace for 5 at "), message);
        assertTrue(message.endsWith("):\nquestion 7"), message);
    }

    @Test
    void KIT_SHRINK_aCandidateOutsideTheCapabilitiesOrTheReferenceIsNotTheSameFailure() {
        Numbers undeclared = new Numbers(wrongFrom(3), () -> wrongFrom(3));
        undeclared.unsupported = Set.of(4);
        assertTrue(failure(undeclared, SEVEN).contains("; 2 shrinking steps,"), "stopped at 5");
        Numbers refused = new Numbers(wrongFrom(3), () -> n -> {
            if (n == 5) {
                throw new UnsupportedProblemException("5 cannot be expressed");
            }
            return n + 1.0;
        });
        assertTrue(failure(refused, SEVEN).contains("; 1 shrinking steps,"), "stopped at 6");
        Numbers unknown = new Numbers(wrongFrom(3), () -> wrongFrom(3));
        unknown.noExpectation = Set.of(6);
        assertTrue(failure(unknown, SEVEN).contains("; 0 shrinking steps,"), "stopped at 7");
        Numbers overflowing = new Numbers(wrongFrom(3), () -> wrongFrom(3));
        overflowing.referenceThrows = Set.of(4);
        assertTrue(failure(overflowing, SEVEN).contains("; 2 shrinking steps,"), "stopped at 5");
    }

    @Test
    void ACT_KINK_aKinkCaseReportsTheConventionAndShrinksAtTheKinks() {
        Numbers runner = new Numbers(wrongFrom(3), () -> wrongFrom(3));
        String message = assertThrows(AssertionFailedError.class, () -> runner.kinkConvention(SEVEN)).getMessage();
        assertTrue(message.startsWith("required_BP2_seven failed (clause BP2): the library's derivative at a kink "
                + "differs from ACT-KINK's convention\n"), message);
        assertTrue(message.contains("\n    - above by 1.0 at a kink\n"), message);
        assertTrue(runner.shrunkAtKinks);
    }

    @Test
    void KIT_CAPABILITY_anUndeclaredOrRefusedQuestionIsSkippedWithTheReason() {
        Numbers undeclared = new Numbers(n -> (double) n, () -> n -> (double) n);
        undeclared.unsupported = Set.of(7);
        for (Runnable check : List.<Runnable>of(() -> undeclared.values(SEVEN), () -> undeclared.shapes(SEVEN),
                () -> undeclared.deterministic(SEVEN), () -> undeclared.finite(SEVEN))) {
            assertEquals("required_BP2_seven skipped: 7 is not declared",
                    assertThrows(TestAbortedException.class, check::run).getMessage());
        }
        Numbers refusing = new Numbers(n -> {
            throw new UnsupportedProblemException("only even numbers");
        }, () -> n -> (double) n);
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> refusing.values(SEVEN));
        assertEquals("required_BP2_seven skipped: the implementation cannot express the problem: only even numbers",
                skipped.getMessage());
        assertInstanceOf(UnsupportedProblemException.class, skipped.getCause());
        Numbers aborting = new Numbers(n -> {
            throw new TestAbortedException("not today");
        }, () -> n -> (double) n);
        assertEquals("required_BP2_seven skipped: the implementation cannot express the problem: not today",
                assertThrows(TestAbortedException.class, () -> aborting.values(SEVEN)).getMessage());
    }

    @Test
    void KIT_CAPABILITY_anyOtherThrowableFailsTheCaseWithWhatWasThrown() {
        Numbers throwing = new Numbers(n -> {
            throw new IllegalStateException("boom");
        }, () -> n -> (double) n);
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> throwing.values(SEVEN));
        assertTrue(failed.getMessage().startsWith("required_BP2_seven failed (clause BP2): the implementation threw "
                + "java.lang.IllegalStateException: boom at "), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("\n  case: drawn by hand\n  the number:\nquestion 7"));
        assertInstanceOf(AdapterCall.Fault.class, failed.getCause());
        Numbers broken = new Numbers(n -> null, () -> n -> (double) n);
        assertEquals("required_BP2_seven failed (clause BP2): the result breaks FMT-RESULT: no answer\n  case: drawn "
                + "by hand\n  the number:\nquestion 7",
                assertThrows(AssertionFailedError.class, () -> broken.shapes(SEVEN)).getMessage());
    }

    @Test
    void KIT_aQuestionWithoutExpectedValuesFails() {
        Numbers runner = new Numbers(n -> (double) n, () -> n -> (double) n);
        runner.noExpectation = Set.of(7);
        assertEquals("required_BP2_seven failed (clause BP2): no expected values for this number\n  case: drawn by "
                + "hand", assertThrows(AssertionFailedError.class, () -> runner.values(SEVEN)).getMessage());
    }

    @Test
    void KIT_aRightAnswerPassesEveryCheck() {
        Numbers runner = new Numbers(n -> (double) n, () -> n -> (double) n);
        runner.values(SEVEN);
        runner.kinkConvention(SEVEN);
        runner.deterministic(SEVEN);
        runner.shapes(SEVEN);
        runner.finite(SEVEN);
    }

    private static Posed<Integer> contractCase(String clause, int n) {
        return new Posed<>(TestName.required(clause, "n"), "drawn by hand", OptionalLong.empty(), n);
    }

    @Test
    void KIT_theContractCheckIsTheOneItsClauseNames() {
        // −1: wrong shape, caught by FMT-RESULT and FMT-GRAPH-RESULT and by KIT-FINITE, not by KIT-DETERMINISTIC.
        Numbers shapeless = new Numbers(n -> -1.0, () -> n -> -1.0);
        for (String clause : List.of("FMT-RESULT", "FMT-GRAPH-RESULT")) {
            assertTrue(assertThrows(AssertionFailedError.class, () -> shapeless.contract(contractCase(clause, 7)))
                    .getMessage().startsWith("required_" + clause + "_n failed (clause " + clause + "): the result "
                            + "has the wrong shapes\n"));
        }
        assertTrue(assertThrows(AssertionFailedError.class, () -> shapeless.contract(contractCase("KIT-FINITE", 7)))
                .getMessage().contains("so its numbers cannot be checked"));
        AtomicInteger calls = new AtomicInteger();
        Numbers changing = new Numbers(n -> (double) calls.incrementAndGet(), () -> n -> 0.0);
        assertTrue(assertThrows(AssertionFailedError.class, () -> changing.contract(contractCase("KIT-DETERMINISTIC",
                7))).getMessage().contains("a later call on the same number answered differently"));
        assertEquals("no contract check for clause BP2 (required_BP2_n)", assertThrows(IllegalStateException.class,
                () -> shapeless.contract(contractCase("BP2", 7))).getMessage());
    }

    @Test
    void KIT_DETERMINISTIC_aSecondAnswerThatDiffersFails() {
        AtomicInteger calls = new AtomicInteger();
        Numbers runner = new Numbers(n -> n + (double) calls.getAndIncrement(), () -> n -> (double) n);
        // First call 7 + 0, second 7 + 1.
        assertEquals("required_BP2_seven failed (clause BP2): a later call on the same number answered differently\n"
                + "  case: drawn by hand\n  1 numbers outside their tolerance\n"
                + "    BP2 value[0] (answer): expected 7.0 (first call), found 8.0 (second call), oracle error 0.0; "
                + "|Δ| = 1.0, relative 0.125, 1125899906842624 ulps > tolerance 0.0 = exact; seed 42\n"
                + "  diagnosis:\n    - the later answer is above\n  the number:\nquestion 7",
                assertThrows(AssertionFailedError.class, () -> runner.deterministic(SEVEN)).getMessage());
    }

    @Test
    void KIT_DETERMINISTIC_aLargeQuestionIsAlsoAskedByFourFreshInstancesAtOnce() {
        Posed<Integer> large = new Posed<>(TestName.required("KIT-DETERMINISTIC", "large"), "drawn by hand",
                OptionalLong.empty(), 50);
        AtomicInteger instances = new AtomicInteger();
        new Numbers(n -> (double) n, () -> {
            instances.incrementAndGet();
            return n -> (double) n;
        }).deterministic(large);
        assertEquals(ConcurrentCalls.THREADS, instances.get());

        AtomicInteger created = new AtomicInteger();
        Numbers racing = new Numbers(n -> (double) n, () -> {
            int instance = created.incrementAndGet();
            return n -> instance == 3 ? n + 1.0 : n;
        });
        assertTrue(assertThrows(AssertionFailedError.class, () -> racing.deterministic(large)).getMessage()
                .contains("a later call on the same number answered differently"));

        Numbers throwing = new Numbers(n -> (double) n, () -> n -> {
            throw new IllegalStateException("shared scratch");
        });
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> throwing.deterministic(large));
        assertEquals("required_KIT-DETERMINISTIC_large failed (clause KIT-DETERMINISTIC): the implementation threw "
                + "when called from 4 threads at once: java.lang.IllegalStateException: shared scratch\n"
                + "  case: drawn by hand", failed.getMessage());
        assertInstanceOf(IllegalStateException.class, failed.getCause());

        AtomicInteger small = new AtomicInteger();
        new Numbers(n -> (double) n, () -> {
            small.incrementAndGet();
            return n -> (double) n;
        }).deterministic(contractCase("KIT-DETERMINISTIC", 49));
        assertEquals(0, small.get(), "49 is below the size that is asked concurrently");
    }

    @Test
    void FMT_RESULT_anAnswerOfTheWrongShapeFailsWithTheShapeErrors() {
        Numbers runner = new Numbers(n -> -1.0, () -> n -> -1.0);
        assertEquals("required_BP2_seven failed (clause BP2): the result has the wrong shapes\n  case: drawn by hand\n"
                + "  diagnosis:\n    - the answer has no shape\n  the number:\nquestion 7",
                assertThrows(AssertionFailedError.class, () -> runner.shapes(SEVEN)).getMessage());
    }

    @Test
    void KIT_FINITE_nonFiniteWhereTheReferenceIsFiniteFailsAndNothingElseDoes() {
        Numbers nan = new Numbers(n -> Double.NaN, () -> n -> Double.NaN);
        assertEquals("required_BP2_seven failed (clause BP2): NaN or infinity where the reference is finite\n"
                + "  case: drawn by hand\n  diagnosis:\n    - answer is NaN where the reference has 7.0\n"
                + "  the number:\nquestion 7", assertThrows(AssertionFailedError.class, () -> nan.finite(SEVEN))
                .getMessage());
        Numbers infinite = new Numbers(n -> Double.POSITIVE_INFINITY, () -> n -> Double.NaN);
        assertTrue(assertThrows(AssertionFailedError.class, () -> infinite.finite(SEVEN)).getMessage()
                .contains("answer is Infinity where the reference has 7.0"));
        // A finite wrong number is the numeric clauses' to judge; NaN where the reference overflows (99) too.
        new Numbers(n -> n + 1.0, () -> n -> n + 1.0).finite(SEVEN);
        new Numbers(n -> Double.NaN, () -> n -> Double.NaN).finite(contractCase("KIT-FINITE", 99));
        Numbers shapeless = new Numbers(n -> -1.0, () -> n -> -1.0);
        assertEquals("required_BP2_seven failed (clause BP2): the result has the wrong shapes, so its numbers cannot "
                + "be checked\n  case: drawn by hand\n  diagnosis:\n    - the answer has no shape\n  the number:\n"
                + "question 7", assertThrows(AssertionFailedError.class, () -> shapeless.finite(SEVEN)).getMessage());
    }
}
