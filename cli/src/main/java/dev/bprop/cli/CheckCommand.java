package dev.bprop.cli;

import dev.bprop.conformance.internal.diagnose.GraphDiagnosis;
import dev.bprop.conformance.internal.diagnose.MlpDiagnosis;
import dev.bprop.oracle.bound.Precision;
import dev.bprop.oracle.check.GradientCheck;
import dev.bprop.oracle.compare.ElementComparison;
import dev.bprop.oracle.compare.GraphComparison;
import dev.bprop.oracle.compare.MlpComparison;
import dev.bprop.oracle.compare.Sides;
import dev.bprop.oracle.exact.ExactGradient;
import dev.bprop.oracle.objective.GraphObjective;
import dev.bprop.oracle.objective.Objective;
import dev.bprop.oracle.objective.ProblemObjective;
import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.Document;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bprop check PROBLEM.json|GRAPH.json}: the reference's gradient checked by the independent oracles
 * (DerivativeStructure, finite differences, exact fractions; a random direction for large networks) under
 * CMP-TOLERANCE, printed as an agreement table. With {@code --result}, another implementation's result is judged
 * number by number against the reference (CMP-VERDICT, the kit's comparison model), whatever its size, after one
 * line on the oracles' confirmation of the reference itself. Exit status 0 when everything agrees, 1 on a
 * disagreement, 2 on bad input.
 */
@Command(name = "check",
        description = {"Check the reference's gradient of a problem or graph against the independent oracles: "
                + "forward-mode AD (DerivativeStructure), finite differences with Richardson extrapolation, and "
                + "exact fractions where the problem is rational; above " + GradientCheck.FULL_LIMIT
                + " parameters, forward-mode AD along a random direction.",
                "Prints, per layer, the largest relative error between each pair of methods and the components "
                        + "at a kink; exit status 1 if any pair disagrees beyond CMP-TOLERANCE.",
                "With --result, judges every number of another implementation's result (loss, outputs and every "
                        + "gradient component; a graph's value and gradient) against the reference under CMP-VERDICT, "
                        + "the conformance kit's comparison model, and prints each disagreeing number, the kit's "
                        + "diagnosis and the verdict."})
final class CheckCommand implements Callable<Integer> {
    private static final String ROW = "%-8s %-14s %-14s %-14s %-14s %s%n";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A problem file (FMT-PROBLEM), an expression graph file "
            + "(FMT-GRAPH) or a vector ID (bprop vectors).")
    private String file;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random direction and of reports (default 1).")
    private long seed;

    @Option(names = "--result", paramLabel = "RESULT.json", description = "Judge this result file (FMT-RESULT, "
            + "or a graph result, FMT-GRAPH-RESULT) from another implementation, number by number, against the "
            + "reference (CMP-VERDICT).")
    private Path result;

    @Option(names = "--precision", paramLabel = "float64|float32", defaultValue = "float64",
            converter = PrecisionConverter.class, description = "The arithmetic the --result file was computed in "
            + "(CMP-FLOAT32): float64 (default) or float32, the default of most Python libraries.")
    private Precision precision;

    @Override
    public Integer call() {
        Subject subject = Subject.of(file);
        if (!subject.isProblem() && subject.graph().inputNodes().isEmpty()) {
            return nothingToCheck(subject.graph());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (subject.isProblem()) {
            Problem problem = subject.problem();
            Result reference = subject.gradient();
            ProblemObjective objective = new ProblemObjective(problem);
            GradientCheck check = GradientCheck.of(objective, objective.flatten(reference), "reference", seed);
            if (result == null) {
                return report(check, out);
            }
            Result given = Document.read(result).result(problem);
            MlpComparison comparison = MlpComparison.of(problem, reference, given, sides());
            return verdict(check, comparison.elements(),
                    comparison.passed() ? List.of() : MlpDiagnosis.of(problem, reference, given, comparison), out);
        }
        Graph graph = subject.graph();
        GraphResult reference = GraphFile.gradient(graph);
        GraphObjective objective = new GraphObjective(graph);
        GradientCheck check = GradientCheck.of(objective, objective.flatten(reference), "reference", seed);
        if (result == null) {
            return report(check, out);
        }
        GraphResult given = Document.read(result).graphResult(graph);
        GraphComparison comparison = GraphComparison.of(graph, reference, given, sides());
        return verdict(check, comparison.elements(),
                comparison.passed() ? List.of() : GraphDiagnosis.of(graph, given, comparison), out);
    }

    private Sides sides() {
        return new Sides("reference", Precision.FLOAT64, result.toString(), precision);
    }

    /** The reference against the oracles: the agreement table, the exact gradient, every disagreement. */
    private int report(GradientCheck check, PrintWriter out) {
        print(check, out);
        return check.agrees() ? 0 : 1;
    }

    /** The oracles' confirmation of the reference on one line, then the result's element-wise verdict. */
    private int verdict(GradientCheck check, List<ElementComparison> elements, List<String> diagnosis,
            PrintWriter out) {
        out.println("oracles on the reference: " + (check.agrees() ? "agree" : "DISAGREE") + " ("
                + check.methods() + ")");
        check.disagreements().forEach(line -> out.println("  " + line));
        check.skipped().forEach(skipped -> out.println("  not run: " + skipped));
        boolean agrees = ResultVerdict.print(elements, result + " (" + precision.name().toLowerCase(Locale.ROOT)
                + ")", diagnosis, out);
        return agrees && check.agrees() ? 0 : 1;
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

    private void print(GradientCheck check, PrintWriter out) {
        Objective objective = check.objective();
        check.directional().ifPresentOrElse(
                directional -> out.printf("%d parameters: checked along a random direction (seed %d)%n"
                                + "  gᵀv by DerivativeStructure %s, by the gradient checked %s, tolerance %s: %s%n",
                        objective.dimension(), seed, directional.expected(), directional.found(),
                        directional.tolerance(), directional.verdict()),
                () -> printTable(check, out));
        check.exact().ifPresent(exact -> printFractions(exact, objective, out));
        check.skipped().forEach(skipped -> out.println("not run: " + skipped));
        check.disagreements().forEach(out::println);
        out.println(check.agrees() ? "agree" : "DISAGREE");
    }

    /** Max relative error per layer for reference~DS, reference~FD, DS~FD, reference~exact, and the kinks found. */
    private static void printTable(GradientCheck check, PrintWriter out) {
        out.printf(ROW, "layer", "ref~DS", "ref~FD", "DS~FD", "ref~exact", "kinks");
        int last = check.objective().place(check.objective().dimension() - 1).layer();
        for (int layer = Math.min(last, 1); layer <= last; layer++) {
            out.printf(ROW, layer == 0 ? "graph" : String.valueOf(layer),
                    relative(check, "DerivativeStructure", "reference", layer),
                    relative(check, "finite differences", "reference", layer),
                    relative(check, "finite differences", "DerivativeStructure", layer),
                    relative(check, "exact fractions", "reference", layer), check.kinks(layer));
        }
    }

    /** The largest relative error of one pair in one layer, or "-" where the pair was not compared. */
    private static String relative(GradientCheck check, String expected, String found, int layer) {
        return check.comparison(expected, found).map(c -> String.format("%.2e", c.maxRelativeError(layer)))
                .orElse("-");
    }

    private static void printFractions(ExactGradient exact, Objective objective, PrintWriter out) {
        out.println("exact gradient:");
        for (int k = 0; k < objective.dimension(); k++) {
            out.println("  " + objective.place(k).path() + " = " + exact.gradient().get(k));
        }
    }
}

