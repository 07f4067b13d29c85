package dev.bprop.cli;

import dev.bprop.conformance.launch.TestName;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;

/**
 * Which conformance tests the JVM running the suites ({@link ConformChild}) executes: those of the clauses asked
 * for ({@code --clauses}, all when empty) that an earlier JVM of the same run has not already finished. The others are
 * skipped without calling the implementation and are not reported. A JUnit extension, found through the service
 * loader only where {@link ConformChild} turns on the detection of extensions, and inactive until it is configured.
 */
public final class CaseSelection implements InvocationInterceptor {
    private static volatile Set<String> clauses = Set.of();
    private static volatile Set<String> done = Set.of();

    /** Runs only the tests of {@code chosenClauses} (all when empty) whose names are not in {@code finished}. */
    static void configure(Set<String> chosenClauses, Set<String> finished) {
        clauses = Set.copyOf(chosenClauses);
        done = Set.copyOf(finished);
    }

    static boolean selected(TestName name) {
        return (clauses.isEmpty() || clauses.contains(name.clause())) && !done.contains(name.toString());
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        Optional<TestName> name = TestName.parse(extensionContext.getDisplayName());
        if (name.isPresent() && !selected(name.get())) {
            invocation.skip();
        } else {
            invocation.proceed();
        }
    }
}
