package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.GraphCase;
import dev.bprop.conformance.internal.generate.RandomGraphs.Recipe;
import dev.bprop.conformance.launch.TestName;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.vectors.VectorCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The graph cases: the spec's graph vectors (the one with a kink optional, under ACT-KINK), and generated graphs
 * clause by clause: each operation (GBP-OP-*), shared nodes (GBP-BUILDGRAD), repeated inputs (GBP-BPROP), dead
 * branches and unused inputs (GBP-SUBGRAPH), and the adapter's contract (KIT-DETERMINISTIC, FMT-GRAPH-RESULT).
 * Graphs with an operation the implementation does not declare are still posed, and skipped when run.
 */
public final class GraphCasePlan {
    private final long baseSeed;
    private final List<GraphOp> supported;
    private final List<GraphCase> cases = new ArrayList<>();

    private GraphCasePlan(long baseSeed, Set<GraphOp> supported) {
        this.baseSeed = baseSeed;
        this.supported = Arrays.stream(GraphOp.values()).filter(supported::contains).toList();
    }

    public static List<GraphCase> vectors() {
        return VectorCatalog.all().stream().filter(v -> !v.isProblem() && !v.kinks())
                .map(v -> new GraphCase(TestName.required(v.clauses().get(0), "vector-" + v.id()), v.graph().get(),
                        SpecCases.origin(v)))
                .toList();
    }

    public static List<GraphCase> kinks() {
        return VectorCatalog.all().stream().filter(v -> !v.isProblem() && v.kinks())
                .map(v -> new GraphCase(TestName.optional("ACT-KINK", "vector-" + v.id()), v.graph().get(),
                        SpecCases.origin(v)))
                .toList();
    }

    public static List<GraphCase> cases(long baseSeed, Set<GraphOp> supported) {
        GraphCasePlan plan = new GraphCasePlan(baseSeed, supported);
        for (GraphOp op : GraphOp.values()) {
            if (!op.isLeaf()) {
                List<GraphOp> operations = new ArrayList<>(plan.supported);
                operations.add(op);
                plan.repeat(2, "GBP-OP-" + op.name(), op.fileName(), new Recipe(operations, op, 8, false, false));
            }
        }
        plan.repeat(3, "GBP-BUILDGRAD", "shared-nodes", new Recipe(plan.supported, null, 16, false, false));
        plan.repeat(2, "GBP-BPROP", "repeated-inputs", new Recipe(plan.supported, null, 10, true, false));
        plan.repeat(2, "GBP-SUBGRAPH", "dead-branch", new Recipe(plan.supported, null, 10, false, true));
        plan.cases.addAll(GraphHidingPlaces.cases(baseSeed));
        return List.copyOf(plan.cases);
    }

    public static List<GraphCase> contractCases(long baseSeed, Set<GraphOp> supported) {
        GraphCasePlan plan = new GraphCasePlan(baseSeed ^ 0x5DEECE66DL, supported);
        for (String clause : List.of("KIT-DETERMINISTIC", "FMT-GRAPH-RESULT")) {
            plan.repeat(2, clause, "graph", new Recipe(plan.supported, null, 12, true, true));
        }
        return List.copyOf(plan.cases);
    }

    private void repeat(int count, String clause, String label, Recipe recipe) {
        for (int k = 0; k < count; k++) {
            long seed = CaseSeeds.of(baseSeed, cases.size());
            Graph graph = RandomGraphs.draw(new SplittableRandom(seed), null, recipe);
            cases.add(new GraphCase(TestName.required(clause, label.toLowerCase(Locale.ROOT) + "_seed=" + seed), graph,
                    "generated with seed " + seed + " (base seed " + baseSeed + "): " + graph.nodes().size()
                            + " nodes", OptionalLong.of(seed)));
        }
    }
}
