package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bprop graph-gradient} (clauses FMT-GRAPH-RESULT and FMT-CLI) and {@link ExplainGraph} for {@code bprop explain}. */
class GraphGradientCommandTest {
    static final String ADJOINT = """
            {"id": "adjoint", "nodes": [
              {"name": "x1", "op": "input", "value": 0.7}, {"name": "x2", "op": "input", "value": -1.3},
              {"name": "w3", "op": "mul", "inputs": ["x1", "x2"]}, {"name": "w4", "op": "sin", "inputs": ["x1"]},
              {"name": "w5", "op": "add", "inputs": ["w3", "w4"]}], "output": "w5"}
            """;

    @TempDir
    Path folder;

    private Path file(String json) throws IOException {
        return Files.writeString(folder.resolve("graph.json"), json);
    }

    @Test
    void exAdjoint_printsTheGraphResultOfTheContract() throws IOException {
        ValidateCommandTest.Run run = ValidateCommandTest.run("graph-gradient", file(ADJOINT).toString());
        assertEquals(0, run.status());
        assertEquals("", run.err());
        GraphResult result = BpropJson.parseGraphResult(run.out(), BpropJson.parseGraph(ADJOINT));
        assertEquals(Math.sin(0.7) + 0.7 * -1.3, result.value(), 1e-15);
        assertEquals(Math.cos(0.7) - 1.3, result.gradient().get("x1"), 1e-15);
        assertEquals(0.7, result.gradient().get("x2"), 1e-15);
        assertEquals(BpropJson.write(result), run.out());
    }

    @Test
    void fmtErrors_anUnknownOperationEndsWithStatusTwoAndOneLineNamingThePlace() throws IOException {
        ValidateCommandTest.Run run = ValidateCommandTest.run("graph-gradient", file("""
                {"nodes": [{"name": "x", "op": "input", "value": 1}, {"name": "y", "op": "sqrt", "inputs": ["x"]}],
                 "output": "y"}
                """).toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("nodes[1].op: unknown operation \"sqrt\""), run.err());
        assertEquals(1, run.err().lines().count());
    }

    @Test
    void fmtErrors_aValueThatIsNotFiniteEndsWithStatusTwoNamingTheNode() throws IOException {
        ValidateCommandTest.Run run = ValidateCommandTest.run("graph-gradient", file("""
                {"nodes": [{"name": "x1", "op": "input", "value": -1.5}, {"name": "w2", "op": "neg", "inputs": ["x1"]},
                           {"name": "w3", "op": "sin", "inputs": ["w2"]}, {"name": "w4", "op": "log", "inputs": ["x1"]}],
                 "output": "w4"}
                """).toString());
        assertEquals(new ValidateCommandTest.Run(2, "", "nodes[3] (w4): log of -1.5 is not finite\n"), run);
    }

    @Test
    void exAdjoint_explainPrintsForwardValuesThenAdjointsInTheOrderTheyAreFilled() {
        String out = ExplainGraph.explain(BpropJson.parseGraph(ADJOINT));
        String w3 = Double.toString(0.7 * -1.3);
        assertEquals("# Graph \"adjoint\": f = w5 = " + (Math.sin(0.7) + 0.7 * -1.3) + "\n\n"
                + "## Forward values\n\n| w | node | computed as | value |\n| --- | --- | --- | --- |\n"
                + "| w1 | x1 | input | 0.7 |\n| w2 | x2 | input | -1.3 |\n| w3 | w3 | mul(w1, w2) | " + w3 + " |\n"
                + "| w4 | w4 | sin(w1) | " + Math.sin(0.7) + " |\n| w5 | w5 | add(w3, w4) | "
                + (Math.sin(0.7) + 0.7 * -1.3) + " |\n\n"
                + "## Adjoints w̄ = ∂f/∂w, in the order grad_table is filled\n\n"
                + "| step | w̄ | node | value |\n| --- | --- | --- | --- |\n"
                + "| 1 | w̄5 | w5 | 1.0 |\n| 2 | w̄4 | w4 | 1.0 |\n| 3 | w̄3 | w3 | 1.0 |\n| 4 | w̄2 | x2 | 0.7 |\n"
                + "| 5 | w̄1 | x1 | " + (Math.cos(0.7) - 1.3) + " |\n", out);
    }

    @Test
    void exAdjoint_explainWithoutAnIdSaysGraph() throws IOException {
        String out = ExplainGraph.explain(BpropJson.parseGraph("""
                {"nodes": [{"name": "x", "op": "input", "value": 2}], "output": "x"}
                """));
        assertTrue(out.startsWith("# Graph: f = w1 = 2.0\n"), out);
    }
}
