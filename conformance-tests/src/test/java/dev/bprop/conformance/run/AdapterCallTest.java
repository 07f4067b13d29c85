package dev.bprop.conformance.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Result;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

    @Test
    void KIT_aCallThatHangsFailsAtTheTimeLimit() {
        System.setProperty(AdapterCall.TIME_LIMIT_PROPERTY, "0.2");
        long start = System.nanoTime();
        AdapterCall.Fault fault = assertThrows(AdapterCall.Fault.class, () -> AdapterCall.answer(() -> {
            Thread.sleep(60_000);
            return 1;
        }, answer -> Optional.empty()));
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        assertEquals("exceeded the per-case time limit of 0.200 s (bprop.conformance.caseTimeout); the call was "
                + "abandoned", fault.getMessage());
        assertTrue(AdapterCall.jvmUntrusted(), "an abandoned call may still be running");
    }

    @Test
    void KIT_theTimeLimitIsSixtySecondsUnlessSetAndMustBePositive() {
        assertEquals(Duration.ofSeconds(60), AdapterCall.limit());
        System.setProperty(AdapterCall.TIME_LIMIT_PROPERTY, "-1");
        assertEquals("bprop.conformance.caseTimeout must be a positive number of seconds, found -1",
                assertThrows(IllegalArgumentException.class, AdapterCall::limit).getMessage());
    }

    private static int recurse(int depth) {
        return depth < 0 ? depth : recurse(depth + 1) + 1;
    }

    @Test
    void KIT_anErrorIsReportedWithItsClassItsCauseAndTheImplementationsFrame() {
        AdapterCall.Fault overflow = assertThrows(AdapterCall.Fault.class,
                () -> AdapterCall.answer(() -> recurse(0), answer -> Optional.empty()));
        assertTrue(overflow.getMessage().startsWith("the implementation threw java.lang.StackOverflowError at "
                + AdapterCallTest.class.getName() + ".recurse(AdapterCallTest.java:"), overflow.getMessage());
        assertEquals(Optional.of("java.lang.StackOverflowError"), overflow.thrown());
        assertEquals(8, overflow.frames().size());

        AdapterCall.Fault wrapped = assertThrows(AdapterCall.Fault.class, () -> AdapterCall.answer(() -> {
            throw new IllegalStateException("native allocation failed", new OutOfMemoryError("Java heap space"));
        }, answer -> Optional.empty()));
        assertTrue(wrapped.getMessage().startsWith("the implementation threw java.lang.IllegalStateException: "
                + "native allocation failed, caused by java.lang.OutOfMemoryError: Java heap space at "
                + AdapterCallTest.class.getName()), wrapped.getMessage());
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
    }

    @Test
    void FMT_GRAPH_RESULT_aNullEntryIsNamed() {
        java.util.Map<String, Double> gradient = new java.util.LinkedHashMap<>();
        gradient.put("x1", 4.0);
        gradient.put("x2", null);
        assertEquals(Optional.of("gradient[x2] is null"),
                ResultStructure.graph(new dev.bprop.spec.graph.GraphResult(10, gradient)));
        assertEquals(Optional.of("the implementation returned null instead of a result"), ResultStructure.graph(null));
        gradient.remove("x2");
        assertEquals(Optional.empty(), ResultStructure.graph(new dev.bprop.spec.graph.GraphResult(10, gradient)));
    }
}
