package dev.bprop.conformance.run;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * KIT-DETERMINISTIC under contention: {@value #THREADS} fresh instances of the adapter, released at the same moment,
 * each answer the same problem {@value #CALLS} times. A batch loop that races shows only on large problems with the
 * cores busy; separate instances keep a thread-unsafe adapter from failing for sharing alone.
 */
final class ConcurrentCalls {
    static final int THREADS = 4;
    static final int CALLS = 2;

    private ConcurrentCalls() {
    }

    static List<Result> answers(Supplier<MlpImplementation> fresh, Problem problem) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<Result>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                MlpImplementation instance = fresh.get();
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Result> results = new ArrayList<>();
                    for (int k = 0; k < CALLS; k++) {
                        results.add(instance.gradient(problem));
                    }
                    return results;
                }));
            }
            start.countDown();
            List<Result> answers = new ArrayList<>();
            for (Future<List<Result>> future : futures) {
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
