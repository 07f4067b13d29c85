package dev.bprop.cli.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.conformance.internal.generate.MlpCapabilities;
import dev.bprop.conformance.internal.shrink.ProblemShrinker;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphNode;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The main class of the separate JVM in which a student's Java adapter runs ({@link SeparateJvm}): it answers every
 * problem file of a directory with the adapter, writing {@code ID.json} (FMT-RESULT, FMT-GRAPH-RESULT) or, for a
 * problem outside the adapter's declared capabilities, {@code {"skipped": reason}} (KIT-CAPABILITY). Where a network
 * answer disagrees with the reference, the kit's shrinker looks for the smallest problem the adapter still gets
 * wrong and writes it as {@code ID.smallest.json}. An exception on one problem leaves that answer missing and goes
 * on; a crash of the JVM or a hang ends the run, and the problems answered so far keep their answers.
 *
 * <p>Arguments: the adapter's class (an {@link MlpImplementation}, optionally also a {@link GraphImplementation}),
 * the directory of problem files, the directory for the answers.
 */
public final class AdapterRunner {
    /** What the runner prints when the adapter throws on one problem; {@link SeparateJvm} turns it into a note. */
    static final String THREW = ": the adapter threw ";
    /** The file name suffix of a shrunk problem, {@code ID.smallest.json}. */
    static final String SMALLEST = ".smallest.json";
    /** Shrunk problems keep their pre-activations this far off the kinks, as the kit's own cases do. */
    private static final double KINK_MARGIN = 1e-3;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AdapterRunner() {
    }

    public static void main(String[] args) throws Exception {
        Object adapter = Class.forName(args[0]).getDeclaredConstructor().newInstance();
        Path answers = Path.of(args[2]);
        Files.createDirectories(answers);
        List<Path> problems;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            problems = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : problems) {
            Path answer = answers.resolve(file.getFileName());
            try {
                Files.writeString(answer, answer(adapter, file));
                shrink(adapter, file, answers);
            } catch (RuntimeException | IOException e) {
                System.err.println(file.getFileName() + THREW + e);
            }
        }
    }

    /** The smallest network problem the adapter still gets wrong, if it gets {@code file}'s wrong (ProblemShrinker). */
    private static void shrink(Object adapter, Path file, Path answers) throws IOException {
        if (!(adapter instanceof MlpImplementation mlp) || BpropJson.kindOf(file) != BpropJson.Kind.PROBLEM) {
            return;
        }
        Problem problem = BpropJson.readProblem(file);
        MlpCapabilities capabilities = MlpCapabilities.of(mlp);
        Predicate<Problem> fails = candidate -> capabilities.unsupported(candidate).isEmpty()
                && wrong(mlp, candidate);
        if (fails.test(problem)) {
            Problem smallest = ProblemShrinker.shrink(problem, fails, KINK_MARGIN).problem();
            String name = file.getFileName().toString().replaceFirst("\\.json$", SMALLEST);
            Files.writeString(answers.resolve(name), BpropJson.write(smallest));
        }
    }

    /** Whether the adapter's answer disagrees with the reference; an exception counts as wrong, as in the kit. */
    private static boolean wrong(MlpImplementation mlp, Problem problem) {
        try {
            return Judge.disagrees(problem, mlp.gradient(problem));
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static String answer(Object adapter, Path file) {
        if (BpropJson.kindOf(file) == BpropJson.Kind.PROBLEM) {
            Problem problem = BpropJson.readProblem(file);
            if (!(adapter instanceof MlpImplementation mlp)) {
                return skipped("the adapter is not an MlpImplementation");
            }
            Optional<String> unsupported = MlpCapabilities.of(mlp).unsupported(problem);
            return unsupported.map(AdapterRunner::skipped).orElseGet(() -> BpropJson.write(mlp.gradient(problem)));
        }
        Graph graph = BpropJson.readGraph(file);
        if (!(adapter instanceof GraphImplementation implementation)) {
            return skipped("the adapter is not a GraphImplementation");
        }
        return graph.nodes().stream().map(GraphNode::op).filter(op -> !implementation.operations().contains(op))
                .findFirst().map(op -> skipped("the adapter does not declare the operation " + op))
                .orElseGet(() -> BpropJson.write(implementation.gradient(graph)));
    }

    private static String skipped(String reason) {
        return MAPPER.createObjectNode().put("skipped", reason).toString() + "\n";
    }
}
