package dev.bprop.conformance.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.internal.run.AdapterCall;
import dev.bprop.conformance.launch.Outcome.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The suites run as a build would (KIT-CAPABILITY's verdicts, FMT-RESULT's reports of what was thrown). */
class SuiteRunTest {
    /** Set while this test runs {@link Fixture}, so that no other runner (pitest's) sees its failures. */
    private static volatile boolean running;

    /** One test of every ending, and one that is not a conformance test. */
    static class Fixture {
        @TestFactory
        Stream<DynamicTest> cases() {
            Assumptions.assumeTrue(running, "runs only under SuiteRunTest");
            return Stream.of(
                    DynamicTest.dynamicTest("required_BP2_passes", () -> {
                    }),
                    DynamicTest.dynamicTest("required_BP3_fails", () -> {
                        throw new AssertionFailedError("required_BP3_fails failed (clause BP3): numbers differ");
                    }),
                    DynamicTest.dynamicTest("required_BP4_skipped", () -> {
                        throw new TestAbortedException("required_BP4_skipped skipped: not declared");
                    }),
                    DynamicTest.dynamicTest("optional_ACT-KINK_differs", () -> ConventionDiffers.reported(() -> {
                        throw new AssertionFailedError("optional_ACT-KINK_differs differs: relu'(0) = 1");
                    })),
                    DynamicTest.dynamicTest("required_BP1_threw", () -> {
                        AdapterCall.answer(() -> {
                            throw new IllegalStateException("boom");
                        }, answer -> Optional.empty());
                    }),
                    DynamicTest.dynamicTest("required_BP1_fault", () -> {
                        try {
                            AdapterCall.answer(() -> {
                                throw new IllegalStateException("inner");
                            }, answer -> Optional.empty());
                        } catch (AdapterCall.Fault fault) {
                            throw new AssertionFailedError("required_BP1_fault failed (clause BP1): "
                                    + fault.getMessage(), fault);
                        }
                    }),
                    DynamicTest.dynamicTest("not a conformance test", () -> {
                    }));
        }

        /** A group whose name reads as a test's: only tests count. */
        @TestFactory
        Stream<DynamicContainer> namedGroup() {
            Assumptions.assumeTrue(running, "runs only under SuiteRunTest");
            return Stream.of(DynamicContainer.dynamicContainer("required_BP9_group",
                    Stream.of(DynamicTest.dynamicTest("required_BP8_inside", () -> {
                    }))));
        }

        /** An aborted group is not a failed one. */
        @TestFactory
        Stream<DynamicTest> abortedGroup() {
            Assumptions.assumeTrue(false, "never");
            return Stream.empty();
        }

        @TestFactory
        Stream<DynamicTest> brokenGroup() {
            Assumptions.assumeTrue(running, "runs only under SuiteRunTest");
            throw new IllegalStateException("capabilities threw");
        }
    }

    private static Outcome outcome(List<Outcome> outcomes, String name) {
        return outcomes.stream().filter(o -> o.name().toString().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void KIT_CAPABILITY_everyConformanceTestEndsAsPassedFailedOrSkippedWithItsMessage() {
        List<Outcome> outcomes;
        List<String> started = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        running = true;
        try {
            outcomes = SuiteRun.run(List.of(Fixture.class));
            SuiteRun.run(List.of(Fixture.class), Map.of(), new SuiteRun.Progress() {
                @Override
                public void started(TestName name) {
                    started.add(name.toString());
                }

                @Override
                public void finished(Outcome outcome) {
                }

                @Override
                public void groupFailed(String group, Throwable cause) {
                    groups.add(group + ": " + cause.getMessage());
                }
            });
        } finally {
            running = false;
        }
        assertEquals(7, outcomes.size(), outcomes::toString);
        assertEquals(7, started.size(), started::toString);
        assertEquals(Status.PASSED, outcome(outcomes, "required_BP8_inside").status());
        assertEquals(List.of("brokenGroup(): capabilities threw"), groups);
        assertEquals(new Outcome(TestName.required("BP2", "passes"), Status.PASSED, ""),
                outcome(outcomes, "required_BP2_passes"));
        assertEquals(new Outcome(TestName.required("BP3", "fails"), Status.FAILED,
                "required_BP3_fails failed (clause BP3): numbers differ"), outcome(outcomes, "required_BP3_fails"));
        // A skip's message with its class: the class is part of what happened.
        assertEquals(new Outcome(TestName.required("BP4", "skipped"), Status.SKIPPED,
                "org.opentest4j.TestAbortedException: required_BP4_skipped skipped: not declared"),
                outcome(outcomes, "required_BP4_skipped"));
        Outcome differs = outcome(outcomes, "optional_ACT-KINK_differs");
        assertEquals(Status.FAILED, differs.status());
        // A fault thrown as it is (a kit error, not a laid-out failure) keeps its class and has nothing "thrown".
        Outcome threw = outcome(outcomes, "required_BP1_threw");
        assertEquals(Status.FAILED, threw.status());
        assertTrue(threw.message().startsWith("dev.bprop.conformance.internal.run.AdapterCall$Fault: the implementation threw "
                + "java.lang.IllegalStateException: boom at "), threw.message());
        assertEquals("", threw.thrown());
        Outcome fault = outcome(outcomes, "required_BP1_fault");
        assertEquals("java.lang.IllegalStateException: inner", fault.thrown());
        assertEquals(1, fault.frames().size(), fault.frames()::toString);
        assertTrue(fault.frames().get(0).startsWith(SuiteRunTest.class.getName() + "$Fixture.lambda$"));
    }

    @Test
    void KIT_anOutcomeKeepsACopyOfItsFrames() {
        List<String> frames = new ArrayList<>(List.of("a.B.c(B.java:1)"));
        Outcome outcome = new Outcome(TestName.required("BP1", "x"), Status.FAILED, "m", "t", frames);
        frames.add("d.E.f(E.java:2)");
        assertEquals(List.of("a.B.c(B.java:1)"), outcome.frames());
        assertThrows(UnsupportedOperationException.class, () -> outcome.frames().add("x"));
        assertEquals(new Outcome(TestName.required("BP1", "x"), Status.PASSED, "", "", List.of()),
                new Outcome(TestName.required("BP1", "x"), Status.PASSED, ""));
    }
}
