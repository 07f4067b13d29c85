package dev.bprop.conformance.generate;

import dev.bprop.conformance.naming.TestName;
import dev.bprop.spec.mlp.Problem;

/**
 * One MLP test case: its name (level, clause, case), the problem, and where the problem came from (a spec vector,
 * or a generator with its seed), which failure messages print.
 */
public record MlpCase(TestName name, Problem problem, String origin) {
}
