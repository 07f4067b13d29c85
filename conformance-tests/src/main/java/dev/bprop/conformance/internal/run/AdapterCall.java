package dev.bprop.conformance.internal.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * One call of the adapter under test, made so that whatever the adapter does ends as a report against the case,
 * never as a hang or a bare class name (KIT-CAPABILITY's "never passed", FMT-RESULT): the call runs on a thread of
 * the kit's under the per-case time limit (system property {@value #TIME_LIMIT_PROPERTY}, in seconds, default
 * {@value #DEFAULT_LIMIT_SECONDS}); a call that exceeds it is abandoned. Anything thrown, errors included
 * ({@link StackOverflowError}, {@link OutOfMemoryError}, {@link NoClassDefFoundError}), becomes a {@link Fault} that
 * names its class, message, causes and the implementation's own top stack frames; an answer whose structure is
 * broken (a null result, list or row) becomes a fault under FMT-RESULT with the place named, before any number is
 * compared.
 *
 * <p>After a call was abandoned or the JVM threw a {@link VirtualMachineError} out of the implementation, the JVM
 * is no longer trusted ({@link #jvmUntrusted()}): the abandoned thread may still run, the heap may be spent. An
 * error the implementation caught and wrapped is its own report: the library carried on. {@code bprop conform} then
 * goes on in a new JVM.
 */
public final class AdapterCall {
    /** The system property that holds the per-case time limit in seconds. */
    public static final String TIME_LIMIT_PROPERTY = "bprop.conformance.caseTimeout";
    static final String DEFAULT_LIMIT_SECONDS = "60";
    private static final int FRAMES = 8;

    /**
     * The threads the calls run on: reused from call to call, since libraries keep per-thread state (workspaces,
     * engines); one that is abandoned is left to itself and the next call gets another.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(call -> {
        Thread worker = new Thread(call, "bprop-adapter-call");
        worker.setDaemon(true);
        return worker;
    });

    private static volatile boolean untrusted;

    private AdapterCall() {
    }

    /**
     * What went wrong in one call of the adapter: the message is the one-line summary ("the implementation threw
     * …", "exceeded the per-case time limit of 2 s", "the result breaks FMT-RESULT: …"); the cause, when there is
     * one, is what the adapter threw.
     */
    public static final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient List<String> frames;

        Fault(String summary, Throwable thrown) {
            super(summary, thrown);
            this.frames = thrown == null ? List.of() : implementationFrames(thrown);
        }

        /** The top frames of the implementation's stack when it threw, innermost first; empty if it did not throw. */
        public List<String> frames() {
            return frames;
        }

        /** What the adapter threw, as class and message ({@code java.lang.NoClassDefFoundError: a/B}); or empty. */
        public Optional<String> thrown() {
            return Optional.ofNullable(getCause()).map(String::valueOf);
        }
    }

    /** The per-case time limit, from {@value #TIME_LIMIT_PROPERTY}; a value that is not a positive number is bad. */
    public static Duration limit() {
        String text = System.getProperty(TIME_LIMIT_PROPERTY, DEFAULT_LIMIT_SECONDS);
        double seconds;
        try {
            seconds = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(TIME_LIMIT_PROPERTY + " must be a positive number of seconds, found "
                    + text);
        }
        return Duration.ofNanos((long) (seconds * 1e9));
    }

    /** Whether a call was abandoned or the JVM threw a {@link VirtualMachineError} since it started. */
    public static boolean jvmUntrusted() {
        return untrusted;
    }

    /**
     * The answer of {@code call} under the time limit, checked by {@code brokenPlace} (the place where the answer's
     * structure is broken, if it is); a {@link Fault} otherwise.
     */
    public static <T> T answer(Callable<T> call, Function<T, Optional<String>> brokenPlace) {
        T answer = withinLimit(call);
        brokenPlace.apply(answer).ifPresent(place -> {
            throw new Fault("the result breaks FMT-RESULT: " + place, null);
        });
        return answer;
    }

    private static <T> T withinLimit(Callable<T> call) {
        Duration limit = limit();
        Future<T> answer = WORKERS.submit(call);
        try {
            return answer.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandon(answer);
            throw new Fault("exceeded the per-case time limit of " + seconds(limit) + " s (" + TIME_LIMIT_PROPERTY
                    + "); the call was abandoned", null);
        } catch (InterruptedException e) {
            abandon(answer);
            Thread.currentThread().interrupt();
            throw new Fault("the run was interrupted while the implementation was computing", null);
        } catch (ExecutionException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof VirtualMachineError) {
                untrusted = true;
            }
            throw new Fault("the implementation threw " + describe(thrown), thrown);
        }
    }

    private static void abandon(Future<?> answer) {
        untrusted = true;
        answer.cancel(true);
    }

    static String seconds(Duration limit) {
        double seconds = limit.toNanos() / 1e9;
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.format(Locale.ROOT, "%.3g",
                seconds);
    }

    /** Class and message of {@code thrown} and its causes, with the first frame of the implementation's code. */
    static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable t : causes(thrown)) {
            text.append(text.length() == 0 ? "" : ", caused by ").append(t.getClass().getName())
                    .append(t.getMessage() == null ? "" : ": " + t.getMessage());
        }
        implementationFrames(thrown).stream().filter(frame -> !platform(frame)).findFirst()
                .ifPresent(frame -> text.append(" at ").append(frame));
        return text.toString();
    }

    /** {@code thrown} and its chain of causes, at most four. */
    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && chain.size() < 4 && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /**
     * The top frames of {@code thrown}'s stack, where the implementation's code runs: those above the worker thread's
     * task, without the runner's lambda that made the call.
     */
    static List<String> implementationFrames(Throwable thrown) {
        List<String> frames = new ArrayList<>();
        StackTraceElement[] stack = thrown.getStackTrace();
        int top = 0;
        while (top < stack.length && !stack[top].getClassName().equals(FutureTask.class.getName())) {
            top++;
        }
        if (top > 1 && stack[top - 1].getClassName().startsWith(AdapterCall.class.getPackageName() + ".")) {
            top--;
        }
        for (int i = 0; i < Math.min(top, FRAMES); i++) {
            frames.add(stack[i].toString());
        }
        return frames;
    }

    /** A frame of the JDK's own code (its modules print as {@code java.base/java.util…}). */
    private static boolean platform(String frame) {
        return frame.startsWith("java.") || frame.startsWith("javax.") || frame.startsWith("jdk.")
                || frame.startsWith("sun.");
    }
}
