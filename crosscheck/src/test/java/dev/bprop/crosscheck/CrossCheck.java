package dev.bprop.crosscheck;

import dev.bprop.oracle.check.GradientCheck;
import dev.bprop.oracle.exact.ExactGradient;
import dev.bprop.oracle.fd.FdComponent;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.Objective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.mlp.Problem;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One cross-check: the reference's gradient through {@link GradientCheck} (DerivativeStructure, finite differences,
 * exact fractions), every pair's largest relative error tallied in {@link AgreementTally}.
 */
record CrossCheck(GradientCheck check) {
    static CrossCheck of(Problem problem, OptionalLong seed) {
        ProblemObjective objective = new ProblemObjective(problem);
        return of(objective, objective.flatten(Backpropagation.gradient(problem)), seed);
    }

    static CrossCheck of(Graph graph, OptionalLong seed) {
        GraphObjective objective = new GraphObjective(graph);
        return of(objective, objective.flatten(GraphFile.gradient(graph)), seed);
    }

    private static CrossCheck of(Objective objective, double[] referenceGradient, OptionalLong seed) {
        GradientCheck check = GradientCheck.of(objective, referenceGradient, "reference", seed.orElse(0));
        check.comparisons().forEach(AgreementTally::record);
        return new CrossCheck(check);
    }

    Objective objective() {
        return check.objective();
    }

    List<FdComponent> differences() {
        return check.differences();
    }

    Optional<ExactGradient> exact() {
        return check.exact();
    }

    List<String> disagreements() {
        return check.disagreements();
    }

    long kinks() {
        return differences().stream().filter(FdComponent::atKink).count();
    }
}
