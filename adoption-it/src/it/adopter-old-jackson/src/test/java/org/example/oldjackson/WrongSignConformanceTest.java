package org.example.oldjackson;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A library that returns the descent direction −∇J instead of ∇J, in a build that uses its own (old) Jackson: the
 * adapter reads the library's settings with it, so both Jacksons would meet if the kit brought one. Only the spec
 * vectors run, to keep the build short.
 */
class WrongSignConformanceTest extends MlpConformanceSuite {
    private static final ObjectMapper SETTINGS = new ObjectMapper();

    @Override
    protected MlpImplementation implementation() {
        return problem -> negated(new ReferenceMlpImplementation().gradient(problem), problem);
    }

    @Override
    public Stream<DynamicTest> required_generatedProblems() {
        return Stream.empty();
    }

    private static Result negated(Result result, Problem problem) {
        double sign = readSign();
        return new Result(result.loss(), result.outputs(), result.gradients().stream().map(g -> new LayerGradient(
                Arrays.stream(g.weights()).map(row -> times(sign, row)).toArray(double[][]::new),
                times(sign, g.bias()))).toList());
    }

    private static double readSign() {
        try {
            return SETTINGS.readTree("{\"sign\": -1}").get("sign").asDouble();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[] times(double factor, double[] values) {
        return Arrays.stream(values).map(v -> factor * v).toArray();
    }
}
