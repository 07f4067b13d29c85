package dev.bprop.cli;

import dev.bprop.reference.graph.file.GraphFile;
import dev.bprop.reference.mlp.Backpropagation;
import dev.bprop.reference.mlp.ForwardPass;
import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.json.Document;
import dev.bprop.spec.json.InvalidInputException;
import dev.bprop.spec.mlp.LayerIndex;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import dev.bprop.spec.vectors.TestVector;
import dev.bprop.spec.vectors.VectorCatalog;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The problem or graph a command is about, named on the command line by a file or by a spec test vector ID
 * (clause FMT-VECTOR), and validated once for every command alike (clause FMT-ERRORS): the file is read exactly
 * once ({@link Document}), and the evaluation rule E-EVAL is checked here, the one place, so that {@code validate}
 * refuses exactly what {@code gradient}, {@code forward}, {@code graph-gradient}, {@code check} and {@code explain}
 * refuse: a problem whose forward pass leaves the doubles, a graph with a node whose value or gradient does.
 */
final class Subject {
    private final String name;
    private final Optional<Problem> problem;
    private final Optional<Graph> graph;

    private Subject(String name, Optional<Problem> problem, Optional<Graph> graph) {
        this.name = name;
        this.problem = problem;
        this.graph = graph;
        problem.ifPresent(Subject::requireFiniteForwardPass);
        graph.ifPresent(GraphFile::gradient);
    }

    /** The file {@code argument} if there is one, else the spec test vector of that ID. */
    static Subject of(String argument) {
        Optional<TestVector> vector = VectorCatalog.byId(argument);
        if (vector.isPresent() && !isFile(argument)) {
            return new Subject(argument, vector.get().problem(), vector.get().graph());
        }
        if (!isFile(argument) && argument.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new InvalidInputException(argument, "is neither a file nor the ID of a spec test vector "
                    + "(see spec/SPEC.md, \"Test vectors\")");
        }
        Document document = Document.read(path(argument));
        return document.kind() == BpropJson.Kind.PROBLEM
                ? new Subject(argument, Optional.of(document.problem()), Optional.empty())
                : new Subject(argument, Optional.empty(), Optional.of(document.graph()));
    }

    /** The file or vector ID as given. */
    String name() {
        return name;
    }

    boolean isProblem() {
        return problem.isPresent();
    }

    /** The problem; a graph file here is bad input that says which command takes it. */
    Problem problem() {
        return problem.orElseThrow(() -> new InvalidInputException(name, "is a graph file (it has \"nodes\"), not a "
                + "problem file; use bprop graph-gradient for graphs"));
    }

    /** The graph; a problem file here is bad input that says which command takes it. */
    Graph graph() {
        return graph.orElseThrow(() -> new InvalidInputException(name, "is a problem file (it has \"layers\"), not "
                + "a graph file; use bprop gradient for problems"));
    }

    /** The reference's result for the problem, refused under E-EVAL if a number of it is not finite. */
    Result gradient() {
        Result result = Backpropagation.gradient(problem());
        FiniteResults.requireFinite(result);
        return result;
    }

    /**
     * E-EVAL for problems: every pre-activation z^l and the loss J must be finite; the first that is not names its
     * layer, {@code layers[l-1]}, or {@code loss}. The activations need no check of their own: every g of ACT-*
     * maps a finite z to a finite a.
     */
    static void requireFiniteForwardPass(Problem problem) {
        ForwardPass forward = ForwardPass.of(problem);
        for (int l = 1; l <= problem.depth(); l++) {
            requireFinite(forward.preActivation(l).toArray(), "z", l);
        }
        if (!Double.isFinite(forward.loss())) {
            throw new InvalidInputException("loss", "J is " + forward.loss() + ": the problem's numbers are too "
                    + "large for double precision (E-EVAL)");
        }
    }

    private static void requireFinite(double[][] values, String symbol, int l) {
        for (int e = 0; e < values.length; e++) {
            for (int j = 0; j < values[e].length; j++) {
                if (!Double.isFinite(values[e][j])) {
                    throw new InvalidInputException(LayerIndex.layerPlace(l), symbol + "^" + l + " of example " + e
                            + ", unit " + j + " is " + values[e][j] + ": the problem's numbers are too large for "
                            + "double precision (E-EVAL)");
                }
            }
        }
    }

    private static boolean isFile(String argument) {
        try {
            return Files.exists(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static Path path(String argument) {
        try {
            return Path.of(argument);
        } catch (InvalidPathException e) {
            throw new InvalidInputException(argument, "cannot be read: not a valid file name");
        }
    }
}
