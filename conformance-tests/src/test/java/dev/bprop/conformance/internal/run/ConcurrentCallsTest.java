package dev.bprop.conformance.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** KIT-DETERMINISTIC under contention: four fresh instances, released together, two calls each. */
class ConcurrentCallsTest {
    @Test
    void KIT_DETERMINISTIC_fourFreshInstancesAnswerTwiceEachAfterAllAreMade() {
        AtomicInteger made = new AtomicInteger();
        List<Integer> answers = ConcurrentCalls.answers(() -> {
            int instance = made.incrementAndGet();
            if (instance > 1) {
                // Slow construction: a call that started before the release would see fewer than four instances.
                LockSupport.parkNanos(5_000_000);
            }
            return (Function<Integer, Integer>) question -> 10 * made.get() + question;
        }, 3);
        // 4 × 2 answers, each 10 · 4 instances + 3.
        assertEquals(List.of(43, 43, 43, 43, 43, 43, 43, 43), answers);
    }

    @Test
    void KIT_DETERMINISTIC_whatAnInstanceThrowsIsRethrown() {
        IllegalStateException scratch = new IllegalStateException("shared scratch");
        assertSame(scratch, assertThrows(IllegalStateException.class, () -> ConcurrentCalls.answers(
                () -> question -> {
                    throw scratch;
                }, 1)));
        AssertionError error = new AssertionError("index out of range in native code");
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> ConcurrentCalls.answers(
                () -> question -> {
                    throw error;
                }, 1));
        assertSame(error, wrapped.getCause());
    }

    @Test
    void KIT_DETERMINISTIC_anInterruptedRunStopsAndKeepsTheInterrupt() {
        CountDownLatch never = new CountDownLatch(1);
        Thread.currentThread().interrupt();
        IllegalStateException interrupted = assertThrows(IllegalStateException.class, () -> ConcurrentCalls.answers(
                () -> question -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return question;
                }, 1));
        assertTrue(Thread.interrupted(), "the interrupt was swallowed");
        assertEquals("interrupted while the adapter was called concurrently", interrupted.getMessage());
        assertInstanceOf(InterruptedException.class, interrupted.getCause());
    }
}
