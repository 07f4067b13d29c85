package dev.bprop.cli;

import static dev.bprop.cli.ValidateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.cli.ValidateCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bprop explain VECTOR-ID|FILE}: worked examples for teaching (clauses EX-XOR-SHIFTED, EX-ADJOINT). */
class ExplainCommandTest {
    @TempDir
    Path folder;

    @Test
    void exXorShifted_byVectorIdInMarkdown() {
        Run run = run("explain", "xor-relu-shifted");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("# Worked example: xor-relu-shifted\n"), run.out());
        assertTrue(run.out().contains("J = 0.045\n"), run.out());
    }

    @Test
    void exXorShifted_inLatex() {
        Run run = run("explain", "xor-relu-shifted", "--format", "latex");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("\\section*{Worked example: xor-relu-shifted}"), run.out());
    }

    @Test
    void explain_standaloneLatexIsAWholeDocumentForProblemsAndGraphs() {
        for (String id : new String[] {"xor-relu-shifted", "adjoint"}) {
            Run run = run("explain", id, "--format", "latex", "--standalone");
            assertEquals(0, run.status(), run.err());
            assertTrue(run.out().startsWith("\\documentclass[a4paper]{article}\n\\usepackage{amsmath}\n"), run.out());
            assertTrue(run.out().endsWith("\\end{document}\n"), run.out());
        }
        Run markdown = run("explain", "adjoint", "--standalone");
        assertTrue(markdown.out().startsWith("# Graph adjoint"), markdown.out());
    }

    /** EX-ADJOINT's w̄₁ = cos 0.7 − 1.3 = −0.53515781271551157374: to 3 digits, and as the double −0.5351578127155115. */
    @Test
    void explain_digitsSetsTheSignificantDigitsOfEveryNumber() {
        assertTrue(run("explain", "adjoint", "--digits", "3").out().contains("| -0.535 |"));
        assertTrue(run("explain", "adjoint", "--digits", "17").out().contains("| -0.5351578127155115 |"));
        Run wrong = run("explain", "adjoint", "--digits", "0");
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().startsWith("--digits: expected 1 to 17, found 0\n"), wrong.err());
    }

    /** EX-ADJOINT: w̄₅ = 1, w̄₁ = cos x₁ + x₂ = cos 0.7 − 1.3 ≈ −0.535157816, w̄₂ = x₁ = 0.7. */
    @Test
    void exAdjoint_byVectorIdShowsTheAdjointTable() {
        Run run = run("explain", "adjoint");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Adjoints"), run.out());
        assertTrue(run.out().contains("0.7"), run.out());
        assertTrue(run.out().contains("-0.5351578127"), run.out());
    }

    @Test
    void explain_aProblemFileAndAGraphFile() throws IOException {
        Path problem = Files.writeString(folder.resolve("p.json"), """
                {"layers": [{"activation": "identity", "weights": [[2]], "bias": [0]}],
                 "loss": "mse", "inputs": [[1]], "targets": [[1]]}
                """);
        Run run = run("explain", problem.toString());
        assertEquals(0, run.status(), run.err());
        // J = ½(2·1 − 1)² = 0.5; δ = 1; ∂J/∂W = δ·x = 1
        assertTrue(run.out().contains("J = 0.5\n"), run.out());
        Path graph = Files.writeString(folder.resolve("g.json"), """
                {"nodes": [{"name": "x", "op": "input", "value": 3},
                           {"name": "y", "op": "mul", "inputs": ["x", "x"]}], "output": "y"}
                """);
        Run graphRun = run("explain", graph.toString());
        assertEquals(0, graphRun.status(), graphRun.err());
        // y = x·x = 9; ∂y/∂x = 2x = 6
        assertTrue(graphRun.out().contains("| w_2 | y | mul(w_1, w_1) | 9 |"), graphRun.out());
        assertTrue(graphRun.out().contains("| 6 |\n"), graphRun.out());
    }

    @Test
    void fmtErrors_anUnknownTargetOrFormatExitsWith2() throws IOException {
        assertEquals(new Run(2, "", "no-such-vector: is neither a file nor the ID of a spec test vector "
                + "(see spec/SPEC.md, \"Test vectors\")\n"), run("explain", "no-such-vector"));
        Run format = run("explain", "adjoint", "--format", "html");
        assertEquals(2, format.status());
        assertTrue(format.err().startsWith("--format: expected markdown or latex, found html\n"), format.err());
        Path broken = Files.writeString(folder.resolve("b.json"), "{\"layers\": []}");
        assertEquals(new Run(2, "", "layers: is empty\n"), run("explain", broken.toString()));
    }
}
