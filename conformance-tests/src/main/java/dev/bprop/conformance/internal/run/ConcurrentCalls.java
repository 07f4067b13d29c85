package dev.bprop.conformance.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * KIT-DETERMINISTIC under contention: {@value #THREADS} fresh instances of the adapter, released at the same moment,
 * each answer the same question {@value #CALLS} times. A batch loop that races shows only on large problems with the
 * cores busy; separate instances keep a thread-unsafe adapter from failing for sharing alone.
 */
final class ConcurrentCalls {
    static final int THREADS = 4;
    static final int CALLS = 2;

    private ConcurrentCalls() {
    }

    /** The {@value #THREADS} × {@value #CALLS} answers, thread by thread; what an instance threw, rethrown. */
    static <Q, A> List<A> answers(Supplier<Function<Q, A>> fresh, Q question) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<A>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Function<Q, A> instance = fresh.get();
                futures.add(pool.submit(() -> {
                    start.await();
                    List<A> answers = new ArrayList<>();
                    for (int k = 0; k < CALLS; k++) {
                        answers.add(instance.apply(question));
                    }
                    return answers;
                }));
            }
            start.countDown();
            List<A> answers = new ArrayList<>();
            for (Future<List<A>> future : futures) {
                answers.addAll(future.get());
            }
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the adapter was called concurrently", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
