package org.example.batchsum;

import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.reference.ReferenceMlpImplementation;
import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A library with the classic batch bug: its gradients are summed over the m examples instead of averaged (the
 * loss itself is still the mean). Written as the kit's reference times m, so the bug is all that is wrong. Only the
 * spec vectors run (the generated problems are dropped, as the kit's README shows): they already hold a batch of 3,
 * and each failing generated problem would be shrunk, which takes the build a minute.
 */
class BatchSumConformanceTest extends MlpConformanceSuite {
    @Override
    protected MlpImplementation implementation() {
        return problem -> sumOverTheBatch(new ReferenceMlpImplementation().gradient(problem), problem);
    }

    @Override
    public Stream<DynamicTest> required_generatedProblems() {
        return Stream.empty();
    }

    private static Result sumOverTheBatch(Result mean, Problem problem) {
        int m = problem.batchSize();
        List<LayerGradient> summed = mean.gradients().stream().map(g -> new LayerGradient(
                Arrays.stream(g.weights()).map(row -> times(m, row)).toArray(double[][]::new),
                times(m, g.bias()))).toList();
        return new Result(mean.loss(), mean.outputs(), summed);
    }

    private static double[] times(int m, double[] values) {
        return Arrays.stream(values).map(v -> m * v).toArray();
    }
}
