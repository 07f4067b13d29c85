package dev.bprop.conformance.internal.generate;

import dev.bprop.conformance.launch.GraphCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.conformance.internal.generate.RandomGraphs.Recipe;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.json.BpropJson;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated graph cases, clause by clause: two per operation (GBP-OP-*), three with shared nodes (GBP-BUILDGRAD),
 * two with repeated inputs (GBP-BPROP), two with a dead branch (GBP-SUBGRAPH), the hiding places, and the contract
 * cases (KIT-DETERMINISTIC, FMT-GRAPH-RESULT); each reproducible from the seed in its name (GD-SEED).
 */
class GraphCasePlanTest {
    private static final Set<GraphOp> ALL = EnumSet.allOf(GraphOp.class);

    /** "clause label" of each case, the seed cut off. */
    private static List<String> labels(List<GraphCase> cases) {
        return cases.stream().map(c -> c.name().clause() + " " + c.name().caseName().replaceAll("_seed=.*", ""))
                .toList();
    }

    @Test
    void GBP_OPS_everyClauseHasItsCases() {
        List<String> expected = new ArrayList<>();
        for (String op : List.of("add", "sub", "mul", "div", "pow", "neg", "sin", "cos", "exp", "log", "tanh",
                "sigmoid", "relu")) {
            String clause = "GBP-OP-" + op.toUpperCase();
            expected.addAll(List.of(clause + " " + op, clause + " " + op));
        }
        expected.addAll(List.of("GBP-BUILDGRAD shared-nodes", "GBP-BUILDGRAD shared-nodes", "GBP-BUILDGRAD shared-nodes",
                "GBP-BPROP repeated-inputs", "GBP-BPROP repeated-inputs", "GBP-SUBGRAPH dead-branch",
                "GBP-SUBGRAPH dead-branch", "GBP-GRADTABLE output-is-input", "GBP-BPROP consumed-twice",
                "GBP-BPROP consumed-four-times", "GBP-OP-ADD direct-add", "GBP-OP-SUB direct-sub",
                "GBP-OP-MUL direct-mul", "GBP-OP-DIV direct-div", "GBP-OP-POW direct-pow"));
        assertEquals(expected, labels(GraphCasePlan.cases(7, ALL)));
        assertEquals(List.of("KIT-DETERMINISTIC graph", "KIT-DETERMINISTIC graph", "FMT-GRAPH-RESULT graph",
                "FMT-GRAPH-RESULT graph"), labels(GraphCasePlan.contractCases(7, ALL)));
    }

    /**
     * The seed in a case's name draws its graph again; the origin names it. An operation's cases draw from the
     * supported operations with the focus operation added once more.
     */
    @Test
    void GD_SEED_aCasesSeedDrawsItsGraphAgain() {
        List<GraphCase> cases = GraphCasePlan.cases(7, ALL);
        GraphCase sin = cases.get(12);
        long seed = sin.seed().orElseThrow();
        assertEquals("sin_seed=" + seed, sin.name().caseName());
        List<GraphOp> operations = new ArrayList<>(List.of(GraphOp.values()));
        operations.add(GraphOp.SIN);
        assertEquals(RandomGraphs.draw(new SplittableRandom(seed), null, new Recipe(operations, GraphOp.SIN, 8, false,
                false)), sin.graph());
        assertEquals("generated with seed " + seed + " (base seed 7): " + sin.graph().nodes().size() + " nodes",
                sin.origin());
        GraphCase dead = cases.get(31);
        assertEquals(RandomGraphs.draw(new SplittableRandom(dead.seed().orElseThrow()), null, new Recipe(
                List.of(GraphOp.values()), null, 10, false, true)), dead.graph());
    }

    /** An operation the implementation does not declare is still the focus of its own cases, and only there. */
    @Test
    void KIT_CAPABILITY_undeclaredOperationsAppearOnlyInTheirOwnCases() {
        Set<GraphOp> arithmetic = EnumSet.of(GraphOp.INPUT, GraphOp.CONST, GraphOp.ADD, GraphOp.MUL);
        for (GraphCase c : GraphCasePlan.cases(3, arithmetic).subList(0, 33)) {
            Set<GraphOp> ops = c.graph().nodes().stream().map(GraphNode::op).collect(Collectors.toSet());
            ops.removeAll(arithmetic);
            String own = c.name().clause().replace("GBP-OP-", "");
            assertTrue(ops.isEmpty() || ops.equals(Set.of(GraphOp.valueOf(own))), c.name() + ": " + ops);
        }
        for (GraphCase c : GraphCasePlan.contractCases(3, arithmetic)) {
            assertTrue(arithmetic.containsAll(c.graph().nodes().stream().map(GraphNode::op).toList()),
                    c.name().toString());
        }
    }

    /** With base seed 0 too, no two cases of the plan, the hiding places and the contract cases share a seed. */
    @Test
    void GD_SEED_everyGraphCaseDrawsFromASeedOfItsOwn() {
        List<GraphCase> cases = new ArrayList<>(GraphCasePlan.cases(0, ALL));
        cases.addAll(GraphCasePlan.contractCases(0, ALL));
        Set<Long> seeds = new HashSet<>();
        cases.forEach(c -> seeds.add(c.seed().orElseThrow()));
        assertEquals(cases.size(), seeds.size());
        assertTrue(GraphCasePlan.cases(0, ALL).get(0).seed().getAsLong()
                != GraphCasePlan.cases(1, ALL).get(0).seed().getAsLong());
    }

    @Test
    void FMT_GRAPH_everyGeneratedGraphIsValid() {
        List<GraphCase> cases = new ArrayList<>(GraphCasePlan.cases(11, ALL));
        cases.addAll(GraphCasePlan.contractCases(11, ALL));
        for (GraphCase c : cases) {
            Graph graph = c.graph();
            assertEquals(graph, BpropJson.parseGraph(BpropJson.write(graph)), c.name().toString());
        }
    }
}
