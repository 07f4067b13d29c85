package dev.bprop.conformance.launch;

import dev.bprop.conformance.launch.TestName;
import dev.bprop.spec.mlp.Problem;
import java.util.OptionalLong;

/**
 * One MLP test case: its name (level, clause, case), the problem, and where the problem came from (a spec vector,
 * or a generator with its seed), which failure messages print, and the seed of a generated case.
 */
public record MlpCase(TestName name, Problem problem, String origin, OptionalLong seed) {
    /** A fixed case (a spec vector, a probe): no seed. */
    public MlpCase(TestName name, Problem problem, String origin) {
        this(name, problem, origin, OptionalLong.empty());
    }
}
