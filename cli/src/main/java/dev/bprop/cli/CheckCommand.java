package dev.bprop.cli;

import dev.bprop.oracle.check.GradientCheck;
import dev.bprop.oracle.compare.Comparison;
import dev.bprop.oracle.exact.ExactGradient;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.Objective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.graph.GeneralBackpropagation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.Document;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bprop check PROBLEM.json|GRAPH.json}: the reference's gradient checked by the independent oracles
 * (DerivativeStructure, finite differences, exact fractions; a random direction for large networks) under
 * CMP-TOLERANCE, printed as an agreement table. Exit status 0 when everything agrees, 1 on a disagreement, 2 on
 * bad input.
 */
@Command(name = "check",
        description = {"Check the reference's gradient of a problem or graph against the independent oracles: "
                + "forward-mode AD (DerivativeStructure), finite differences with Richardson extrapolation, and "
                + "exact fractions where the problem is rational; above " + GradientCheck.FULL_LIMIT
                + " parameters, forward-mode AD along a random direction.",
                "Prints, per layer, the largest relative error between each pair of methods and the components "
                        + "at a kink; exit status 1 if any pair disagrees beyond CMP-TOLERANCE."})
final class CheckCommand implements Callable<Integer> {
    private static final String ROW = "%-8s %-14s %-14s %-14s %-14s %s%n";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A problem file (FMT-PROBLEM), an expression graph file "
            + "(FMT-GRAPH) or a vector ID (bprop vectors).")
    private String file;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random direction and of reports (default 1).")
    private long seed;

    @Option(names = "--result", paramLabel = "RESULT.json", description = "Check this result file (FMT-RESULT, "
            + "or a graph result, FMT-GRAPH-RESULT) from another implementation instead of the reference's gradient.")
    private Path result;

    @Override
    public Integer call() {
        Subject subject = Subject.of(file);
        if (!subject.isProblem() && subject.graph().inputNodes().isEmpty()) {
            return nothingToCheck(subject.graph());
        }
        GradientCheck check = subject.isProblem() ? problemCheck(subject) : graphCheck(subject);
        PrintWriter out = spec.commandLine().getOut();
        print(check, out);
        return check.agrees() ? 0 : 1;
    }

    /**
     * A graph without input nodes has an empty gradient (FMT-GRAPH-RESULT): there is nothing to compare, and the
     * check agrees (clause FMT-CLI).
     */
    private int nothingToCheck(Graph graph) {
        if (result != null) {
            Document.read(result).graphResult(graph);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("the graph has no input node: its gradient is empty, nothing to compare");
        out.println("agree");
        return 0;
    }

    private GradientCheck problemCheck(Subject subject) {
        Problem problem = subject.problem();
        ProblemObjective objective = new ProblemObjective(problem);
        if (result != null) {
            Result given = Document.read(result).result(problem);
            return GradientCheck.of(objective, objective.flatten(given), result.toString(), seed);
        }
        return GradientCheck.of(objective, objective.flatten(subject.gradient()), "reference", seed);
    }

    private GradientCheck graphCheck(Subject subject) {
        Graph graph = subject.graph();
        GraphObjective objective = new GraphObjective(graph);
        if (result != null) {
            GraphResult given = Document.read(result).graphResult(graph);
            return GradientCheck.of(objective, objective.flatten(given), result.toString(), seed);
        }
        return GradientCheck.of(objective, objective.flatten(GeneralBackpropagation.gradient(graph)), "reference",
                seed);
    }

    private void print(GradientCheck check, PrintWriter out) {
        Objective objective = check.objective();
        check.directional().ifPresentOrElse(
                directional -> out.printf("%d parameters: checked along a random direction (seed %d)%n"
                                + "  gᵀv by DerivativeStructure %s, by the gradient checked %s, tolerance %s: %s%n",
                        objective.dimension(), seed, directional.expected(), directional.found(),
                        directional.tolerance(), directional.verdict()),
                () -> printTable(check, out));
        check.exact().ifPresent(exact -> printFractions(exact, objective, out));
        check.disagreements().forEach(out::println);
        out.println(check.agrees() ? "agree" : "DISAGREE");
    }

    /** Max relative error per layer for reference~DS, reference~FD, DS~FD, reference~exact, and the kinks found. */
    private static void printTable(GradientCheck check, PrintWriter out) {
        out.printf(ROW, "layer", "ref~DS", "ref~FD", "DS~FD", "ref~exact", "kinks");
        int last = check.objective().place(check.objective().dimension() - 1).layer();
        for (int layer = Math.min(last, 1); layer <= last; layer++) {
            out.printf(ROW, layer == 0 ? "graph" : String.valueOf(layer), relative(check, 0, layer),
                    relative(check, 1, layer), relative(check, 2, layer),
                    check.comparisons().size() > 3 ? relative(check, 3, layer) : "-", check.kinks(layer));
        }
    }

    private static String relative(GradientCheck check, int pair, int layer) {
        Comparison comparison = check.comparisons().get(pair);
        return String.format("%.2e", comparison.maxRelativeError(layer));
    }

    private static void printFractions(ExactGradient exact, Objective objective, PrintWriter out) {
        out.println("exact gradient:");
        for (int k = 0; k < objective.dimension(); k++) {
            out.println("  " + objective.place(k).path() + " = " + exact.gradient().get(k));
        }
    }
}
