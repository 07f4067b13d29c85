package dev.bprop.conformance.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Result;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One call of the adapter: the per-case time limit of {@code bprop.conformance.caseTimeout}, every throwable turned
 * into a report with the implementation's frame, and a broken result named under FMT-RESULT.
 */
class AdapterCallTest {
    @AfterEach
    void clearLimit() {
        System.clearProperty(AdapterCall.TIME_LIMIT_PROPERTY);
    }

    /** A call that waits until it is interrupted, and then counts {@code interrupted} down. */
    private static Callable<Integer> untilInterrupted(CountDownLatch interrupted) {
        CountDownLatch never = new CountDownLatch(1);
        return () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return 1;
        };
    }

    /** A limit of 50 ms: the test waits that long, not for the call it abandons. */
    @Test
    void KIT_aCallThatHangsFailsAtTheTimeLimitAndIsInterrupted() throws InterruptedException {
        System.setProperty(AdapterCall.TIME_LIMIT_PROPERTY, "0.05");
        CountDownLatch interrupted = new CountDownLatch(1);
        AdapterCall.Fault fault = assertThrows(AdapterCall.Fault.class,
                () -> AdapterCall.answer(untilInterrupted(interrupted), answer -> Optional.empty()));
        assertEquals("exceeded the per-case time limit of 0.0500 s (bprop.conformance.caseTimeout); the call was "
                + "abandoned", fault.getMessage());
        assertEquals(Optional.empty(), fault.thrown());
        assertEquals(List.of(), fault.frames());
        assertTrue(AdapterCall.jvmUntrusted(), "an abandoned call may still be running");
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the abandoned call was not interrupted");
    }

    /*
     * The run is interrupted before the worker may even have started the call: a call cancelled before it starts
     * never starts, and one that started must be interrupted. Both are right; a call left running is not.
     */
    @Test
    void KIT_aRunInterruptedWhileTheImplementationComputesFailsTheCaseAndKeepsTheInterrupt()
            throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        Callable<Integer> untilInterrupted = untilInterrupted(interrupted);
        Thread.currentThread().interrupt();
        AdapterCall.Fault fault = assertThrows(AdapterCall.Fault.class,
                () -> AdapterCall.answer(() -> {
                    entered.countDown();
                    return untilInterrupted.call();
                }, answer -> Optional.empty()));
        assertTrue(Thread.interrupted(), "the interrupt was swallowed");
        assertEquals("the run was interrupted while the implementation was computing", fault.getMessage());
        if (entered.await(200, TimeUnit.MILLISECONDS)) {
            assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the abandoned call was not interrupted");
        }
    }

    @Test
    void KIT_anAnswerWithinTheLimitIsReturned() {
        System.setProperty(AdapterCall.TIME_LIMIT_PROPERTY, "5");
        assertEquals(6, AdapterCall.answer(() -> 2 * 3, answer -> Optional.empty()));
    }

    @Test
    void KIT_theTimeLimitIsSixtySecondsUnlessSetAndMustBePositive() {
        assertEquals(Duration.ofSeconds(60), AdapterCall.limit());
        System.setProperty(AdapterCall.TIME_LIMIT_PROPERTY, "-1");
        assertEquals("bprop.conformance.caseTimeout must be a positive number of seconds, found -1",
                assertThrows(IllegalArgumentException.class, AdapterCall::limit).getMessage());
        for (String bad : List.of("0", "abc", "Infinity", "NaN")) {
            System.setProperty(AdapterCall.TIME_LIMIT_PROPERTY, bad);
            assertEquals("bprop.conformance.caseTimeout must be a positive number of seconds, found " + bad,
                    assertThrows(IllegalArgumentException.class, AdapterCall::limit).getMessage());
        }
        System.setProperty(AdapterCall.TIME_LIMIT_PROPERTY, "0.5");
        assertEquals(Duration.ofMillis(500), AdapterCall.limit());
    }

    @Test
    void KIT_theLimitIsPrintedInWholeSecondsOrToThreeDigits() {
        assertEquals("60", AdapterCall.seconds(Duration.ofSeconds(60)));
        assertEquals("0.200", AdapterCall.seconds(Duration.ofMillis(200)));
        assertEquals("1.50", AdapterCall.seconds(Duration.ofMillis(1500)));
    }

    private static int recurse(int depth) {
        return depth < 0 ? depth : recurse(depth + 1) + 1;
    }

    /**
     * The class, the cause and the implementation's own frame; not which frame is on top nor how many there are,
     * which depend on where the stack ran out (under instrumentation, inside a coverage probe).
     */
    @Test
    void KIT_anErrorIsReportedWithItsClassItsCauseAndTheImplementationsFrame() {
        AdapterCall.Fault overflow = assertThrows(AdapterCall.Fault.class,
                () -> AdapterCall.answer(() -> recurse(0), answer -> Optional.empty()));
        String recursion = AdapterCallTest.class.getName() + ".recurse(";
        assertTrue(overflow.getMessage().startsWith("the implementation threw java.lang.StackOverflowError at "),
                overflow.getMessage());
        assertTrue(overflow.getMessage().contains(" at " + recursion), overflow.getMessage());
        assertEquals(Optional.of("java.lang.StackOverflowError"), overflow.thrown());
        assertTrue(overflow.getCause() instanceof StackOverflowError);
        assertTrue(overflow.frames().size() <= 8 && overflow.frames().stream().anyMatch(f -> f.startsWith(recursion)),
                overflow.frames()::toString);

        AdapterCall.Fault wrapped = assertThrows(AdapterCall.Fault.class, () -> AdapterCall.answer(() -> {
            throw new IllegalStateException("native allocation failed", new OutOfMemoryError("Java heap space"));
        }, answer -> Optional.empty()));
        assertTrue(wrapped.getMessage().startsWith("the implementation threw java.lang.IllegalStateException: "
                + "native allocation failed, caused by java.lang.OutOfMemoryError: Java heap space at "
                + AdapterCallTest.class.getName()), wrapped.getMessage());
        assertEquals(Optional.of("java.lang.IllegalStateException: native allocation failed"), wrapped.thrown());
        // The call itself threw: its one frame is the implementation's, though it is in the kit's own package.
        assertEquals(1, wrapped.frames().size(), wrapped.frames()::toString);
        assertTrue(wrapped.frames().get(0).startsWith(AdapterCallTest.class.getName() + ".lambda$"));
    }

    private static int deep(int depth) {
        if (depth == 0) {
            throw new IllegalStateException("bottom");
        }
        return deep(depth - 1) + 1;
    }

    private static int thrower() {
        throw new IllegalStateException("thrown");
    }

    @Test
    void KIT_theFramesAreTheImplementationsTopEightWithoutTheRunnersCall() {
        // deep(20) … deep(0): 21 frames of the implementation, then the call in this (the kit's) package.
        AdapterCall.Fault deepFault = assertThrows(AdapterCall.Fault.class,
                () -> AdapterCall.answer(() -> deep(20), answer -> Optional.empty()));
        assertEquals(8, deepFault.frames().size());
        assertTrue(deepFault.frames().stream().allMatch(f -> f.startsWith(AdapterCallTest.class.getName() + ".deep(")),
                deepFault.frames()::toString);
        AdapterCall.Fault oneFrame = assertThrows(AdapterCall.Fault.class,
                () -> AdapterCall.answer(() -> thrower(), answer -> Optional.empty()));
        assertEquals(1, oneFrame.frames().size(), oneFrame.frames()::toString);
        assertTrue(oneFrame.frames().get(0).startsWith(AdapterCallTest.class.getName() + ".thrower("));
        // A call made by the JDK's adapter (not in the kit's package) is the implementation's own frame.
        AdapterCall.Fault adapted = assertThrows(AdapterCall.Fault.class, () -> AdapterCall.answer(
                Executors.callable((Runnable) () -> thrower()), answer -> Optional.empty()));
        assertEquals(3, adapted.frames().size(), adapted.frames()::toString);
        assertTrue(adapted.frames().get(2).contains("java.util.concurrent.Executors$RunnableAdapter.call("));
    }

    @Test
    void KIT_aThrowableIsDescribedByItsFirstFourCausesAndItsFirstFrameOutsideThePlatform() {
        RuntimeException chain = new RuntimeException("e0", new IllegalStateException("e1",
                new IllegalArgumentException("e2", new UnsupportedOperationException("e3",
                        new ArithmeticException("e4")))));
        assertTrue(AdapterCall.describe(chain).startsWith("java.lang.RuntimeException: e0, caused by "
                + "java.lang.IllegalStateException: e1, caused by java.lang.IllegalArgumentException: e2, caused by "
                + "java.lang.UnsupportedOperationException: e3 at " + AdapterCallTest.class.getName() + "."),
                AdapterCall.describe(chain));
        RuntimeException first = new RuntimeException("a");
        RuntimeException second = new RuntimeException("b", first);
        first.initCause(second);
        assertTrue(AdapterCall.describe(first).startsWith("java.lang.RuntimeException: a, caused by "
                + "java.lang.RuntimeException: b at "), AdapterCall.describe(first));
        assertTrue(AdapterCall.describe(new RuntimeException()).startsWith("java.lang.RuntimeException at "));
        // Thrown inside the JDK: the first frame named is the caller's, not Integer.parseInt's.
        NumberFormatException parse = assertThrows(NumberFormatException.class, () -> Integer.parseInt("x"));
        assertTrue(AdapterCall.describe(parse).startsWith("java.lang.NumberFormatException: For input string: "
                + "\"x\" at " + AdapterCallTest.class.getName()), AdapterCall.describe(parse));
    }

    private static StackTraceElement frame(String className) {
        return new StackTraceElement(className, "call", "X.java", 1);
    }

    @Test
    void KIT_theFirstFrameNamedIsTheFirstOutsideTheJavaPlatform() {
        IllegalStateException thrown = new IllegalStateException("deep in the platform");
        thrown.setStackTrace(new StackTraceElement[] {frame("java.util.X"), frame("javax.crypto.X"),
                frame("jdk.internal.X"), frame("sun.nio.X"), frame("org.mylib.Net"), frame("javax.other.Y")});
        assertEquals("java.lang.IllegalStateException: deep in the platform at org.mylib.Net.call(X.java:1)",
                AdapterCall.describe(thrown));
        thrown.setStackTrace(new StackTraceElement[] {frame("sun.misc.X")});
        assertEquals("java.lang.IllegalStateException: deep in the platform", AdapterCall.describe(thrown));
    }

    @Test
    void KIT_aVirtualMachineErrorLeavesTheJvmUntrusted() {
        AdapterCall.Fault fault = assertThrows(AdapterCall.Fault.class, () -> AdapterCall.answer(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, answer -> Optional.empty()));
        assertTrue(fault.getMessage().startsWith("the implementation threw java.lang.OutOfMemoryError: Java heap "
                + "space at "), fault.getMessage());
        assertTrue(AdapterCall.jvmUntrusted());
    }

    @Test
    void FMT_RESULT_aBrokenResultIsNamedBeforeAnyNumberIsCompared() throws ReflectiveOperationException {
        AdapterCall.Fault nullResult = assertThrows(AdapterCall.Fault.class,
                () -> AdapterCall.answer(() -> null, ResultStructure::mlp));
        assertEquals("the result breaks FMT-RESULT: the implementation returned null instead of a result",
                nullResult.getMessage());
        Result result = new Result(0.5, new double[][] {{1}}, List.of(new LayerGradient(new double[][] {{2}},
                new double[] {3})));
        assertEquals(Optional.empty(), ResultStructure.mlp(result));
        var gradients = Result.class.getDeclaredField("gradients");
        gradients.setAccessible(true);
        gradients.set(result, null);
        assertEquals(Optional.of("gradients is null"), ResultStructure.mlp(result));
        var bias = LayerGradient.class.getDeclaredField("bias");
        bias.setAccessible(true);
        LayerGradient noBias = new LayerGradient(new double[][] {{2}}, new double[] {3});
        bias.set(noBias, null);
        gradients.set(result, List.of(noBias));
        assertEquals(Optional.of("gradients[0].bias is null"), ResultStructure.mlp(result));
        var weights = LayerGradient.class.getDeclaredField("weights");
        weights.setAccessible(true);
        LayerGradient nullRow = new LayerGradient(new double[][] {{2}}, new double[] {3});
        weights.set(nullRow, new double[][] {null});
        gradients.set(result, List.of(new LayerGradient(new double[][] {{2}}, new double[] {3}), nullRow));
        assertEquals(Optional.of("gradients[1].weights is null or holds a null row"), ResultStructure.mlp(result));
        gradients.set(result, java.util.Arrays.asList(new LayerGradient(new double[][] {{2}}, new double[] {3}),
                null));
        assertEquals(Optional.of("gradients[1] is null"), ResultStructure.mlp(result));
        var outputs = Result.class.getDeclaredField("outputs");
        outputs.setAccessible(true);
        outputs.set(result, null);
        assertEquals(Optional.of("outputs is null or holds a null row"), ResultStructure.mlp(result));
        outputs.set(result, new double[][] {null});
        assertEquals(Optional.of("outputs is null or holds a null row"), ResultStructure.mlp(result));
    }

    @Test
    void FMT_GRAPH_RESULT_aNullEntryIsNamed() {
        java.util.Map<String, Double> gradient = new java.util.LinkedHashMap<>();
        gradient.put("x1", 4.0);
        gradient.put("x2", null);
        assertEquals(Optional.of("gradient[x2] is null"),
                ResultStructure.graph(new dev.bprop.spec.graph.GraphResult(10, gradient)));
        assertEquals(Optional.of("the implementation returned null instead of a result"), ResultStructure.graph(null));
        gradient.put("x2", 5.0);
        gradient.put(null, 6.0);
        assertEquals(Optional.of("gradient[null] is null"),
                ResultStructure.graph(new dev.bprop.spec.graph.GraphResult(10, gradient)));
        gradient.remove(null);
        gradient.remove("x2");
        assertEquals(Optional.empty(), ResultStructure.graph(new dev.bprop.spec.graph.GraphResult(10, gradient)));
    }
}
