package dev.bprop.cli;

import dev.bprop.conformance.launch.Outcome;
import dev.bprop.conformance.launch.Outcome.Status;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A setup error that shows only once the cases run (FMT-CLI, exit status 3): no case passed and every failed case
 * failed because the implementation threw the same {@link LinkageError} ({@code NoClassDefFoundError},
 * {@code UnsatisfiedLinkError}, …): a library jar left off {@code --classpath}, not 22 clauses of wrong gradients.
 */
final class CommonLinkageError {
    private CommonLinkageError() {
    }

    /** The error every failed case threw, as class and message, if there is one and it is a linkage error. */
    static Optional<String> of(List<Outcome> outcomes) {
        if (outcomes.stream().anyMatch(o -> o.status() == Status.PASSED)) {
            return Optional.empty();
        }
        Set<String> thrown = outcomes.stream().filter(o -> o.status() == Status.FAILED).map(Outcome::thrown)
                .collect(Collectors.toSet());
        return thrown.size() == 1 ? thrown.stream().filter(CommonLinkageError::linkage).findFirst() : Optional.empty();
    }

    /** Whether {@code thrown} ({@code class: message}) names a subclass of {@link LinkageError} of the JDK. */
    private static boolean linkage(String thrown) {
        String className = thrown.split(":", 2)[0];
        try {
            return LinkageError.class.isAssignableFrom(Class.forName(className, false,
                    ClassLoader.getPlatformClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
