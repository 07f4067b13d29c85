package dev.bprop.cli;

import dev.bprop.conformance.launch.TestName;
import dev.bprop.conformance.internal.run.AdapterCall;
import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.SuiteRun;
import dev.bprop.spec.json.InvalidInputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The JVM in which {@code bprop conform} runs the suites, so that an implementation that calls {@code System.exit},
 * exhausts the heap or crashes the JVM takes down only this JVM ({@link IsolatedRun} starts it, reads its records and
 * starts another for the remaining cases). It writes one {@link ChildProtocol} record a line to its standard output;
 * everything the implementation prints goes to standard error. After a case whose call was abandoned or that threw a
 * {@link VirtualMachineError} ({@link AdapterCall#jvmUntrusted()}), it stops with {@value #RESTART} so that the rest
 * runs in a fresh JVM.
 *
 * <p>Arguments, all four always given: the implementation's class name (empty for the reference), {@code bounds} or
 * {@code no-bounds}, the clauses to run separated by commas (empty for all), and a file listing, one a line, the
 * names of the tests an earlier JVM of the same run finished.
 */
public final class ConformChild {
    /** The exit status of a JVM that stopped so that the remaining cases run in a fresh one. */
    static final int RESTART = 75;
    /** The JUnit configuration under which {@link CaseSelection} is found. */
    private static final Map<String, String> DETECT_EXTENSIONS = Map.of(
            "junit.jupiter.extensions.autodetection.enabled", "true");

    private ConformChild() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream records = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        run(args, records, ConformChild::halt);
        halt(0);
    }

    /**
     * Runs the suites that {@code args} select, writing a record of each case to {@code records}, and ends with the
     * record {@code complete}, or with a setup record when the suites cannot be set up: the class will not load or
     * construct, or no case ran because groups of tests failed first (the adapter threw when asked its
     * capabilities). When the JVM is no longer to be trusted after a case, {@code stop} is called with
     * {@value #RESTART} right after that case's record.
     */
    static void run(String[] args, PrintStream records, IntConsumer stop) throws IOException {
        String implementation = args[0];
        boolean withBounds = args[1].equals("bounds");
        Set<String> clauses = args[2].isEmpty() ? Set.of() : Set.of(args[2].split(","));
        Set<String> done = new HashSet<>(Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8));
        List<Class<?>> suites;
        try {
            suites = implementation.isEmpty() ? SuiteSelection.reference(withBounds)
                    : SuiteSelection.of(implementation, ClassLoader.getSystemClassLoader(), withBounds);
        } catch (InvalidInputException e) {
            records.println(ChildProtocol.setup(Bprop.BAD_INPUT, e.getMessage()));
            return;
        } catch (SetupException e) {
            records.println(ChildProtocol.setup(Bprop.SETUP_ERROR, e.getMessage()));
            return;
        }
        CaseSelection.configure(clauses, done);
        List<String> ran = new ArrayList<>();
        List<String> groupsFailed = new ArrayList<>();
        SuiteRun.run(suites, DETECT_EXTENSIONS, new SuiteRun.Progress() {
            @Override
            public void started(TestName name) {
                if (CaseSelection.selected(name)) {
                    records.println(ChildProtocol.started(name));
                }
            }

            @Override
            public void finished(Outcome outcome) {
                if (CaseSelection.selected(outcome.name())) {
                    ran.add(outcome.name().toString());
                    records.println(ChildProtocol.finished(outcome));
                    if (AdapterCall.jvmUntrusted()) {
                        records.flush();
                        stop.accept(RESTART);
                    }
                }
            }

            @Override
            public void groupFailed(String group, Throwable cause) {
                groupsFailed.add(group + " threw " + cause);
            }
        });
        records.println(ran.isEmpty() && !groupsFailed.isEmpty() ? ChildProtocol.setup(Bprop.SETUP_ERROR,
                AdapterLoader.OPTION + ": the suites could not start: " + groupsFailed.get(0))
                : ChildProtocol.complete());
    }

    /**
     * Stops at once: {@code halt}, not {@code exit}, so that no shutdown hook or thread of the implementation can keep
     * this JVM alive.
     */
    private static void halt(int status) {
        System.err.flush();
        Runtime.getRuntime().halt(status);
    }

    static List<String> arguments(String implementation, boolean withBounds, Set<String> clauses, Path done) {
        return Arrays.asList(implementation == null ? "" : implementation, withBounds ? "bounds" : "no-bounds",
                String.join(",", clauses), done.toString());
    }
}
