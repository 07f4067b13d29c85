package dev.bprop.cli;

import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.spec.json.InvalidInputException;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Runs the conformance suites in a JVM of their own ({@link ConformChild}) and collects their outcomes, so that no
 * implementation can hang, exit or crash {@code bprop conform} (FMT-CLI). The JVM is the same {@code java}, with
 * bprop's class path followed by {@code --classpath}, the heap limit, the {@code bprop.*} system properties of this
 * JVM and those of {@code --property}. When it ends before its last record, the case it was running fails with the
 * cause (its exit status, or no answer within the watchdog's limit, after which it is stopped) and a new JVM runs the
 * remaining cases; a JVM that ends before any case, or with a setup error, ends the run with that setup error.
 * While the run lasts, a line of progress goes to standard error every {@value #PROGRESS_TICKS} seconds.
 */
final class IsolatedRun {
    /** Progress goes to standard error every this many ticks of the watchdog (seconds, in use). */
    static final int PROGRESS_TICKS = 5;
    /** How many JVMs one run may start before it gives up on the remaining cases. */
    static final int MAX_JVMS = 30;
    /**
     * What the watchdog allows a case beyond three calls at the time limit: the shrinker's budget, a runtime-bounds
     * measurement and JVM noise.
     */
    static final Duration WATCHDOG_SLACK = Duration.ofSeconds(60);

    /**
     * What to run, and how: the options of {@code bprop conform}; the watchdog stops a JVM silent for three times the
     * case timeout plus {@code watchdogSlack}.
     */
    record Settings(String implementation, boolean withBounds, List<Path> classpath, Set<String> clauses,
            Duration caseTimeout, String maxHeap, Map<String, String> properties, Duration watchdogSlack) {
    }

    /** Starts a JVM from its command line. */
    interface Launcher {
        Process start(List<String> command) throws IOException;
    }

    /** The real one: the child's standard error goes straight to bprop's, where the implementation's prints belong. */
    static final Launcher JAVA = command -> new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();

    private final Settings settings;
    private final PrintWriter err;
    private final Launcher launcher;
    /** How often the watchdog looks at the JVM: a second in use; tests shorten it to see progress sooner. */
    private final Duration tick;
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final long begun = System.nanoTime();

    IsolatedRun(Settings settings, PrintWriter err) {
        this(settings, err, JAVA, Duration.ofSeconds(1));
    }

    IsolatedRun(Settings settings, PrintWriter err, Launcher launcher, Duration tick) {
        this.settings = settings;
        this.err = err;
        this.launcher = launcher;
        this.tick = tick;
    }

    /** Every outcome, in the order the cases finished. */
    List<Outcome> outcomes() throws IOException {
        Path done = Files.createTempFile("bprop-conform-done", ".txt");
        try {
            for (int jvm = 1; jvm <= MAX_JVMS; jvm++) {
                Files.write(done, outcomes.stream().map(o -> o.name().toString()).toList(), StandardCharsets.UTF_8);
                if (runJvm(done)) {
                    return outcomes;
                }
            }
            err.println("bprop conform: " + MAX_JVMS + " JVMs were started, a new one after each case that hung, "
                    + "exhausted or ended the JVM; the remaining cases were not run");
            return outcomes;
        } finally {
            Files.deleteIfExists(done);
        }
    }

    /** One JVM's share of the cases; whether it ran them all. */
    private boolean runJvm(Path done) throws IOException {
        Process process = launcher.start(command(done));
        Watchdog watchdog = new Watchdog(process);
        Thread stopOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        int finishedBefore = outcomes.size();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            watchdog.start();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                var record = ChildProtocol.parse(line);
                if (record.isEmpty()) {
                    continue;
                }
                watchdog.heard();
                if (record.get() instanceof ChildProtocol.Started started) {
                    watchdog.running = started.name();
                } else if (record.get() instanceof ChildProtocol.Finished finished) {
                    outcomes.add(finished.outcome());
                    watchdog.running = null;
                } else if (record.get() instanceof ChildProtocol.Setup setup) {
                    throw setup.status() == Bprop.BAD_INPUT ? new InvalidInputException(place(setup.message()),
                            detail(setup.message())) : new SetupException(place(setup.message()),
                            detail(setup.message()));
                } else {
                    return true;
                }
            }
            int status = exitStatus(process);
            TestName running = watchdog.running;
            if (running != null) {
                outcomes.add(new Outcome(running, Outcome.Status.FAILED, running + " failed (clause "
                        + running.clause() + "): " + (watchdog.stopped ? "exceeded the per-case time limit of "
                        + seconds(settings.caseTimeout()) + " s: no answer within " + seconds(watchdog.limit)
                        + " s, so the JVM running the suites was stopped" : "the JVM running the suites ended with "
                        + "exit status " + status + " during this case (the implementation called System.exit or "
                        + "Runtime.halt, or the JVM crashed)")));
                return false;
            }
            if (outcomes.size() == finishedBefore) {
                throw new SetupException(AdapterLoader.OPTION, watchdog.stopped ? "no answer within "
                        + seconds(watchdog.limit) + " s before the first case; the JVM running the suites was stopped"
                        : "the JVM running the suites ended with exit status " + status + " before the first case "
                        + "(the implementation called System.exit, or the JVM crashed)");
            }
            return false;
        } finally {
            watchdog.interrupt();
            process.destroyForcibly();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    private List<String> command(Path done) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + settings.maxHeap()));
        Map<String, String> properties = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith("bprop."))
                .forEach(key -> properties.put(key, System.getProperty(key)));
        properties.putAll(settings.properties());
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        List<String> classpath = new ArrayList<>(List.of(System.getProperty("java.class.path")));
        settings.classpath().forEach(path -> classpath.add(path.toString()));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classpath), ConformChild.class.getName()));
        command.addAll(ConformChild.arguments(settings.implementation(), settings.withBounds(), settings.clauses(),
                done));
        return command;
    }

    private static int exitStatus(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the suites ran", e);
        }
    }

    /** Stops a JVM silent for longer than three calls at the time limit and the slack; reports progress. */
    private final class Watchdog extends Thread {
        final Duration limit = settings.caseTimeout().multipliedBy(3).plus(settings.watchdogSlack());
        private final Process process;
        volatile TestName running;
        volatile boolean stopped;
        private volatile long lastHeard = System.nanoTime();

        Watchdog(Process process) {
            this.process = process;
            setDaemon(true);
        }

        void heard() {
            lastHeard = System.nanoTime();
        }

        @Override
        public void run() {
            try {
                for (int ticks = 1; process.isAlive(); ticks++) {
                    TimeUnit.NANOSECONDS.sleep(tick.toNanos());
                    long silent = System.nanoTime() - lastHeard;
                    if (silent > limit.toNanos()) {
                        stopped = true;
                        process.destroyForcibly();
                        return;
                    }
                    if (ticks % PROGRESS_TICKS == 0) {
                        progress(silent);
                    }
                }
            } catch (InterruptedException e) {
                // the run is over
            }
        }

        /** Progress once a case has started: before that, a run that ends in a setup error prints one line only. */
        private void progress(long silentNanos) {
            TestName now = running;
            if (now == null && outcomes.isEmpty()) {
                return;
            }
            err.println(String.format(Locale.ROOT, "bprop conform: %d cases done in %d s%s", outcomes.size(),
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begun), now == null ? ""
                            : ", running " + now.clause() + " (" + now + ") for "
                            + TimeUnit.NANOSECONDS.toSeconds(silentNanos) + " s"));
            err.flush();
        }
    }

    private static String seconds(Duration duration) {
        double seconds = duration.toMillis() / 1000.0;
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }

    private static String place(String message) {
        return message.substring(0, Math.max(0, message.indexOf(": ")));
    }

    private static String detail(String message) {
        return message.substring(message.indexOf(": ") + 2);
    }
}
