package dev.bprop.examples.djl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bprop.spec.json.BpropJson;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The problem files of FINDINGS.md ({@code findings/*.json}) run through DJL and checked against hand calculations
 * written out here, independently of the kit and of bprop's reference. Each test also writes DJL's result to
 * {@code target/djl-results/NAME.result.json}, so that {@code ./bprop check findings/NAME.json --result
 * examples/djl/target/djl-results/NAME.result.json} holds it against bprop's oracles under CMP-TOLERANCE.
 */
class DjlFindingProblemsTest {
    private static final Path RESULTS = Path.of("target", "djl-results");
    /** What DJL's {@code leakyRelu(NDArray, float)} hands PyTorch for the slope 0.1: the float 0.1f, widened. */
    private static final double FLOAT_SLOPE = 0.1f;

    /**
     * leaky-relu-slope.json: z¹ = −0.5·1.2 = −0.6, a¹ = s·z¹, a² = 2a¹ + 0.5, r = a² − (−1), J = ½r²,
     * ∂J/∂b² = r, ∂J/∂W² = r·a¹, ∂J/∂b¹ = 2·r·s, ∂J/∂W¹ = 1.2·∂J/∂b¹. With the spec's slope s = 0.1 that is
     * J = 0.9522, ∂J/∂b¹ = 0.276, ∂J/∂W¹ = 0.3312; DJL's numbers are those of s = 0.1f.
     */
    @Test
    void leakyReluUsesTheFloatNearestOneTenth() {
        Result djl = gradientOf("leaky-relu-slope");
        double a1 = FLOAT_SLOPE * -0.6;
        double r = 2 * a1 + 0.5 + 1;
        assertEquals(0.5 * r * r, djl.loss(), 1e-15);
        assertEquals(2 * r * FLOAT_SLOPE, djl.gradient(1).bias(0), 1e-15);
        assertEquals(1.2 * 2 * r * FLOAT_SLOPE, djl.gradient(1).weight(0, 0), 1e-15);
        assertEquals(r * a1, djl.gradient(2).weight(0, 0), 1e-15);
        assertOffByFloat32Rounding(0.9522, djl.loss());
        assertOffByFloat32Rounding(0.276, djl.gradient(1).bias(0));
        assertOffByFloat32Rounding(0.3312, djl.gradient(1).weight(0, 0));
    }

    /**
     * bce-zero-logit.json: z = 0, a = σ(0) = ½, y = 0, J = softplus(0) − y·0 = ln 2, and by BP1-SIGMOID-BCE
     * ∂J/∂b = a − y = ½ = ∂J/∂W (the input is 1). DJL returns −y = 0: the gradient vanishes. Its stable form
     * relu(z) − z·y + softplus(−|z|) is differentiated term by term, and at z = 0 PyTorch takes relu'(0) = 0 and
     * |z|'(0) = sign(0) = 0, which drops the ½ that either one-sided choice would have kept.
     */
    @Test
    void binaryCrossEntropyLosesOneHalfAtLogitZero() {
        Problem problem = BpropJson.readProblem(Path.of("findings", "bce-zero-logit.json"));
        Result djl = gradientOf("bce-zero-logit");
        assertEquals(Math.log(2), djl.loss(), 1e-15);
        assertEquals(0.5, djl.output(0, 0));
        assertEquals(0.0, djl.gradient(1).bias(0), "spec value: 0.5 − 0 = 0.5");
        assertEquals(0.0, djl.gradient(1).weight(0, 0), "spec value: 0.5");
        Problem target03 = new Problem("bce-zero-logit-y0.3", problem.layers(), problem.loss(), problem.inputs(),
                new double[][] {{0.3}});
        assertEquals(-0.3, new DjlMlp().gradient(target03).gradient(1).bias(0), 1e-15, "spec value: 0.5 − 0.3");
    }

    /**
     * Off by float32-sized rounding (1e−9 to 1e−7 relative): far beyond CMP-TOLERANCE, which allows about 1e−15
     * relative on these few-operation problems, yet no wrong formula.
     */
    private static void assertOffByFloat32Rounding(double spec, double found) {
        double relative = Math.abs(found - spec) / Math.abs(spec);
        assertTrue(relative > 1e-9 && relative < 1e-7, "relative difference from the spec's " + spec + ": " + relative);
    }

    private static Result gradientOf(String name) {
        Problem problem = BpropJson.readProblem(Path.of("findings", name + ".json"));
        Result result = new DjlMlp().gradient(problem);
        try {
            Files.createDirectories(RESULTS);
            Files.writeString(RESULTS.resolve(name + ".result.json"), BpropJson.write(result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write DJL's result for findings/" + name + ".json", e);
        }
        return result;
    }
}
