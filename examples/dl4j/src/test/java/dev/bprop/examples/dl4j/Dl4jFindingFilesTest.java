package dev.bprop.examples.dl4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphResult;
import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The problem files of FINDINGS.md ({@code findings/NAME.json}), each run through DL4J and checked against a hand
 * calculation of both the spec's value and the value DL4J's source predicts, so that every finding rests on more
 * than the kit's word. DL4J's result is written to {@code target/findings/NAME.dl4j-result.json}, for
 * {@code ./bprop check findings/NAME.json --result target/findings/NAME.dl4j-result.json}.
 */
class Dl4jFindingFilesTest {
    private final Dl4jMlp dl4j = new Dl4jMlp();

    /**
     * z = −0.09·0.9 + 0.07 = −0.011 &lt; 0, a = 0.1·z = −0.0011, a − y = 0.2789. The spec: ∂J/∂b = (a − y)·0.1.
     * DL4J's {@code lrelu_bp} multiplies by the slope as a C++ float, 0.1f.
     */
    @Test
    void leakyReluSlopeIsRoundedToFloat() throws IOException {
        Result result = dl4jResult("leaky-relu-slope-in-float32");
        double output = 0.1 * (-0.09 * 0.9 + 0.07);
        double outputError = output - (-0.28);
        double found = result.gradient(1).bias(0);
        double rounding = 1e-15 * Math.abs(found);
        assertEquals(outputError * (double) 0.1f, found, rounding, "DL4J's bias gradient is (a − y)·0.1f");
        assertTrue(Math.abs(found - outputError * 0.1) > 1e-9 * Math.abs(found),
                "and differs from the spec's (a − y)·0.1 = 0.02789 by more than the float64 tolerance");
        assertEquals(output, result.outputs()[0][0], 1e-15 * Math.abs(output), "the forward pass uses 0.1 exactly");
    }

    /**
     * z = (−1000, 1000, 0), y = (¼, ¼, ½). The spec (LOSS-STABLE, log-sum-exp with M = 1000): ℓ = ¼·2000 + ¼·0 +
     * ½·1000 = 1000. DL4J's {@code LossMCXENT} clips a to [1e−10, 1 − 1e−10] before ln: ℓ = −¾ ln 1e−10 −
     * ¼ ln(1 − 1e−10) ≈ 17.27. Its gradient a − y does not go through the clipped values and is right.
     */
    @Test
    void crossEntropyLossIsClipped() throws IOException {
        Result result = dl4jResult("cross-entropy-loss-clipped");
        assertEquals(-0.75 * Math.log(1e-10) - 0.25 * Math.log(1 - 1e-10), result.loss(), 1e-12);
        assertArrayEquals(new double[] {-0.25, 0.75, -0.5}, result.gradient(1).bias(), 1e-15);
    }

    /**
     * z = −439, y = 1. The spec (LOSS-STABLE, softplus): ℓ = softplus(−439) + 439 = 439 and ∂J/∂b = σ(z) − y = −1.
     * DL4J's {@code LossBinaryXENT} clips a to [1e−5, 1 − 1e−5]: ℓ = −ln 1e−5 ≈ 11.51, and its gradient
     * σ'(z)·(a_clipped − y)/(a_clipped(1 − a_clipped)) is about e^−439·1e5: nothing pushes the unit back.
     */
    @Test
    void binaryCrossEntropyIsClippedInLossAndGradient() throws IOException {
        Result result = dl4jResult("binary-cross-entropy-clipped");
        assertEquals(-Math.log(1e-5), result.loss(), 1e-12);
        assertTrue(Math.abs(result.gradient(1).bias(0)) < 1e-150, "the spec's −1 collapses to about 1e−186");
    }

    /**
     * f = s^t at s = 0, t = 2: f = 0, ∂f/∂s = t·s^(t−1) = 0, and ∂f/∂t = 0 (GBP-OP-POW: b ↦ 0^b is 0 for b &gt; 0).
     * SameDiff's {@code Pow_bp} computes s^t · ln s = 0 · (−∞) = NaN.
     */
    @Test
    void sameDiffPowGivesNanForTheExponentAtZeroBase() throws IOException {
        Graph graph = BpropJson.readGraph(Path.of("findings", "samediff-pow-zero-base.json"));
        GraphResult result = new SameDiffGraph().gradient(graph);
        write("samediff-pow-zero-base", BpropJson.write(result));
        assertEquals(0.0, result.value());
        assertEquals(0.0, result.gradient().get("s"));
        assertTrue(Double.isNaN(result.gradient().get("t")), "∂f/∂t: " + result.gradient().get("t"));
    }

    private static void write(String finding, String json) throws IOException {
        Path out = Files.createDirectories(Path.of("target", "findings")).resolve(finding + ".dl4j-result.json");
        Files.writeString(out, json);
    }

    private Result dl4jResult(String finding) throws IOException {
        Problem problem = BpropJson.readProblem(Path.of("findings", finding + ".json"));
        Result result = dl4j.gradient(problem);
        write(finding, BpropJson.write(result));
        return result;
    }
}
