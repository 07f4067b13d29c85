package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.MlpCase;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.spec.mlp.Activation;
import dev.bprop.spec.mlp.Layer;
import dev.bprop.spec.mlp.Loss;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * The spec's own cases: every test vector of the catalogue (FMT-VECTOR), named by its first clause, and the kink
 * probes. Vectors with a pre-activation exactly on a kink go to the optional clause ACT-KINK, with the probes:
 * one unit, one example, z exactly on the kink, mse with a target chosen so that ∂J/∂b = (a − y)·g'(z) shows the
 * library's g' at the kink directly.
 */
public final class SpecCases {
    private SpecCases() {
    }

    /** The problem vectors without kinks, as required cases. */
    public static List<MlpCase> mlpVectors() {
        return VectorCatalog.all().stream().filter(v -> v.isProblem() && !v.kinks())
                .map(v -> new MlpCase(TestName.required(v.clauses().get(0), "vector-" + v.id()), v.problem().get(),
                        origin(v)))
                .toList();
    }

    /** The problem vectors with kinks and the kink probes, as optional cases of ACT-KINK. */
    public static List<MlpCase> mlpKinks() {
        List<MlpCase> cases = new ArrayList<>();
        VectorCatalog.all().stream().filter(v -> v.isProblem() && v.kinks())
                .map(v -> new MlpCase(TestName.optional("ACT-KINK", "vector-" + v.id()), v.problem().get(), origin(v)))
                .forEach(cases::add);
        cases.add(probe("relu-probe-at-0", Activation.RELU, 0, -1));
        cases.add(probe("leaky-relu-probe-at-0", Activation.LEAKY_RELU, 0, -1));
        cases.add(probe("hardtanh-probe-at-plus-1", Activation.HARDTANH, 1, 2));
        cases.add(probe("hardtanh-probe-at-minus-1", Activation.HARDTANH, -1, -2));
        return cases;
    }

    /** One unit with z = {@code kink} exactly (w = 1, x = 0, b = kink) and target y. */
    private static MlpCase probe(String name, Activation activation, double kink, double target) {
        Problem problem = new Problem(name, List.of(new Layer(activation, new double[][] {{1}}, new double[] {kink})),
                Loss.MSE, new double[][] {{0}}, new double[][] {{target}});
        return new MlpCase(TestName.optional("ACT-KINK", name), problem, "kink probe: one " + activation.fileName()
                + " unit with z = " + kink + " exactly, y = " + target + ", so ∂J/∂b = (a − y)·g'(" + kink + ")");
    }

    static String origin(TestVector vector) {
        return "spec test vector " + vector.id() + " (" + String.join(", ", vector.clauses()) + ")";
    }
}
