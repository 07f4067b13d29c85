package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A library that splits a batch into micro-batches of 32, takes each one's mean gradient and adds the means up, as
 * gradient accumulation does when its division by the number of micro-batches is forgotten. The loss is the mean of
 * the whole batch.
 */
final class MicroBatchMeansSummed extends Textbook {
    private static final int MICRO_BATCH = 32;

    @Override
    public Result gradient(Problem problem) {
        int m = problem.batchSize();
        Result total = null;
        double lossSum = 0;
        List<double[]> outputs = new ArrayList<>();
        for (int start = 0; start < m; start += MICRO_BATCH) {
            int end = Math.min(m, start + MICRO_BATCH);
            Problem part = new Problem(null, problem.layers(), problem.loss(),
                    Arrays.copyOfRange(problem.inputs(), start, end), Arrays.copyOfRange(problem.targets(), start, end));
            Result result = super.gradient(part);
            lossSum += result.loss() * (end - start);
            outputs.addAll(List.of(result.outputs()));
            total = total == null ? result : add(total, result);
        }
        return new Result(lossSum / m, outputs.toArray(double[][]::new), total.gradients());
    }

    private static Result add(Result sum, Result more) {
        List<LayerGradient> gradients = new ArrayList<>();
        for (int l = 1; l <= sum.gradients().size(); l++) {
            double[][] weights = sum.gradient(l).weights();
            double[] bias = sum.gradient(l).bias();
            for (int j = 0; j < bias.length; j++) {
                bias[j] += more.gradient(l).bias(j);
                for (int i = 0; i < weights[j].length; i++) {
                    weights[j][i] += more.gradient(l).weight(j, i);
                }
            }
            gradients.add(new LayerGradient(weights, bias));
        }
        return new Result(sum.loss(), sum.outputs(), gradients);
    }
}
