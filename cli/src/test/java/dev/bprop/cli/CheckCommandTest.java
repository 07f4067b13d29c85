package dev.bprop.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bprop check}: the reference (or a given result) against the oracles under CMP-TOLERANCE. */
class CheckCommandTest {
    private static final String XOR_SHIFTED = """
            {"id": "xor-relu-shifted", "layers": [
              {"activation": "relu", "weights": [[1, 1], [1, 1]], "bias": [0, -1]},
              {"activation": "identity", "weights": [[1, -2]], "bias": [0.3]}],
             "loss": "mse", "inputs": [[0, 0], [0, 1], [1, 0], [1, 1]], "targets": [[0], [1], [1], [0]]}
            """;

    @TempDir
    Path folder;

    private Path file(String name, String json) throws IOException {
        return Files.writeString(folder.resolve(name), json);
    }

    /**
     * EX-XOR-SHIFTED: everything agrees; b¹₀, b¹₁, W¹₁₀ and W¹₁₁ move a pre-activation across relu's kink (the
     * spec's table of one-sided slopes), so layer 1 has 4 kinks. The exact gradient is taken at the doubles read:
     * ∂J/∂b¹₀ = (3/4)·r with r the double 0.3 = 5404319552844595/2^54, i.e. 3·5404319552844595/2^56, and
     * ∂J/∂W²₀₁ = r/4 (hand-worked from EX-XOR-SHIFTED with 3/10 replaced by r).
     */
    @Test
    void exXorShifted_agreesWithKinksAndExactFractions() throws IOException {
        ValidateCommandTest.Run run = ValidateCommandTest.run("check", file("p.json", XOR_SHIFTED).toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("layer    ref~DS"), run.out());
        assertTrue(run.out().contains("gradients[0].bias[0] = 16212958658533785 / 72057594037927936"), run.out());
        assertTrue(run.out().contains("gradients[1].weights[0][1] = 5404319552844595 / 72057594037927936"), run.out());
        assertTrue(run.out().contains("\nexact gradient:\n  gradients[0].weights[0][0] = "), run.out());
        // Four relative errors per layer (reference, DerivativeStructure, finite differences, exact), then the kinks.
        String layerOne = run.out().lines().filter(line -> line.startsWith("1 ")).findFirst().orElseThrow();
        assertTrue(layerOne.matches("1( +\\d\\.\\d\\de[-+]\\d\\d){4} +4"), layerOne);
        assertTrue(run.out().endsWith("agree\n"), run.out());
    }

    /** EX-XOR-SHIFTED's result (FMT-RESULT) passes; the same with ∂J/∂b¹₀ = 0.2625, the central difference, fails with status 1. */
    @Test
    void cmpTolerance_aWrongResultFileFailsWithStatusOneNamingThePlace() throws IOException {
        Path problem = file("p.json", XOR_SHIFTED);
        String result = """
                {"loss": 0.045, "outputs": [[0.3], [1.3], [1.3], [0.3]], "gradients": [
                  {"weights": [[0.15, 0.15], [-0.15, -0.15]], "bias": [%s, -0.15]},
                  {"weights": [[0.3, 0.075]], "bias": [0.3]}]}
                """;
        ValidateCommandTest.Run good = ValidateCommandTest.run("check", problem.toString(), "--result",
                file("good.json", result.formatted("0.225")).toString());
        assertEquals(0, good.status(), good.out());
        ValidateCommandTest.Run bad = ValidateCommandTest.run("check", problem.toString(), "--result",
                file("bad.json", result.formatted("0.2625")).toString(), "--seed", "42");
        assertEquals(1, bad.status(), bad.out());
        assertTrue(bad.out().contains("BP3 layer 1 bias[0] (gradients[0].bias[0]): expected 0.225 (exact fractions)"
                + ", found 0.2625"), bad.out());
        assertTrue(bad.out().contains("; seed 42"), bad.out());
        assertTrue(bad.out().endsWith("DISAGREE\n"), bad.out());
    }

    /** EX-ADJOINT as a graph: one row for the graph, no exact fractions (sin is not rational). */
    @Test
    void exAdjoint_aGraphAgreesInOneRow() throws IOException {
        ValidateCommandTest.Run run = ValidateCommandTest.run("check",
                file("g.json", GraphGradientCommandTest.ADJOINT).toString());
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().lines().anyMatch(line -> line.matches("graph( +\\d\\.\\d\\de[-+]\\d\\d){3} +- +0")),
                run.out());
        assertTrue(!run.out().contains("exact gradient"), run.out());
    }

    /** A graph result whose x2 entry is off by 1e-8 (a float32 leak) fails. */
    @Test
    void cmpTolerance_aGraphResultOffByAFloat32ErrorFails() throws IOException {
        Path graph = file("g.json", GraphGradientCommandTest.ADJOINT);
        String result = "{\"value\": -0.26578231276230894, \"gradient\": {\"x1\": -0.5351578127155116, "
                + "\"x2\": 0.70000001}}";
        ValidateCommandTest.Run run = ValidateCommandTest.run("check", graph.toString(), "--result",
                file("r.json", result).toString());
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains("GBP-BUILDGRAD gradient[x2]"), run.out());
    }

    /** More than 2000 parameters: one random direction, by seed. */
    @Test
    void cmpDirectional_aLargeNetworkIsCheckedAlongARandomDirection() throws IOException {
        StringBuilder weights = new StringBuilder();
        for (int j = 0; j < 50; j++) {
            weights.append(j == 0 ? "" : ",").append("[");
            for (int i = 0; i < 50; i++) {
                weights.append(i == 0 ? "" : ",").append((i * 7 + j * 3) % 11 / 10.0 - 0.5);
            }
            weights.append("]");
        }
        String problem = "{\"layers\": [{\"activation\": \"tanh\", \"weights\": [" + weights + "], \"bias\": ["
                + "0,".repeat(49) + "0]}], \"loss\": \"mse\", \"inputs\": [[" + "0.5,".repeat(49) + "1]], "
                + "\"targets\": [[" + "0,".repeat(49) + "1]]}";
        ValidateCommandTest.Run run = ValidateCommandTest.run("check", file("big.json", problem).toString(), "--seed", "9");
        assertEquals(0, run.status(), run.out());
        assertTrue(run.out().startsWith("2550 parameters: checked along a random direction (seed 9)"), run.out());
    }

    @Test
    void fmtErrors_badInputEndsWithStatusTwoAndOneLine() throws IOException {
        ValidateCommandTest.Run run = ValidateCommandTest.run("check", file("p.json", XOR_SHIFTED.replace(
                "\"relu\"", "\"softmax\"")).toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("layers[0].activation: "), run.err());
        assertEquals(1, run.err().lines().count());
    }

    @Test
    void fmtErrors_aMissingResultFileEndsWithStatusTwoNamingIt() throws IOException {
        Path missing = folder.resolve("missing.json");
        ValidateCommandTest.Run run = ValidateCommandTest.run("check", file("p.json", XOR_SHIFTED).toString(),
                "--result", missing.toString());
        assertEquals(2, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(missing + ": cannot be read"), run.err());
    }
}
