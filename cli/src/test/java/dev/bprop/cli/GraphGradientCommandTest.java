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

/** {@code bprop graph-gradient} (clauses FMT-GRAPH-RESULT and FMT-CLI). */
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
}
