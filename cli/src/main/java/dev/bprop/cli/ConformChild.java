package dev.bprop.cli;

import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.SuiteRun;
import dev.bprop.conformance.naming.TestName;
import dev.bprop.conformance.run.AdapterCall;
import dev.bprop.spec.json.InvalidInputException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        String implementation = args[0];
        boolean withBounds = args[1].equals("bounds");
        Set<String> clauses = args[2].isEmpty() ? Set.of() : Set.of(args[2].split(","));
        Set<String> done = new HashSet<>(Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8));
        List<Class<?>> suites;
        try {
            suites = implementation.isEmpty() ? SuiteSelection.reference(withBounds)
                    : SuiteSelection.of(implementation, ClassLoader.getSystemClassLoader(), withBounds);
        } catch (InvalidInputException e) {
            end(records, ChildProtocol.setup(Bprop.BAD_INPUT, e.getMessage()), 0);
            return;
        } catch (SetupException e) {
            end(records, ChildProtocol.setup(Bprop.SETUP_ERROR, e.getMessage()), 0);
            return;
        }
        CaseSelection.configure(clauses, done);
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
                    records.println(ChildProtocol.finished(outcome));
                    if (AdapterCall.jvmUntrusted()) {
                        end(records, null, RESTART);
                    }
                }
            }
        });
        end(records, ChildProtocol.complete(), 0);
    }

    /**
     * Writes the last record, if any, and stops at once: {@code halt}, not {@code exit}, so that no shutdown hook or
     * thread of the implementation can keep this JVM alive.
     */
    private static void end(PrintStream records, String last, int status) {
        if (last != null) {
            records.println(last);
        }
        records.flush();
        Runtime.getRuntime().halt(status);
    }

    static List<String> arguments(String implementation, boolean withBounds, Set<String> clauses, Path done) {
        return Arrays.asList(implementation == null ? "" : implementation, withBounds ? "bounds" : "no-bounds",
                String.join(",", clauses), done.toString());
    }
}
