package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.LayerGradient;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gradients accumulate into buffers kept per problem and never zeroed, as a forgotten zero_grad() leaves them. */
final class GradientBuffersNotReset extends Textbook {
    private final Map<Problem, Result> buffers = new HashMap<>();

    @Override
    public Result gradient(Problem problem) {
        Result fresh = super.gradient(problem);
        Result buffer = buffers.get(problem);
        Result accumulated = buffer == null ? fresh : add(buffer, fresh);
        buffers.put(problem, accumulated);
        return accumulated;
    }

    private static Result add(Result buffer, Result fresh) {
        List<LayerGradient> sums = new ArrayList<>();
        for (int l = 1; l <= fresh.gradients().size(); l++) {
            double[][] weights = buffer.gradient(l).weights();
            double[] bias = buffer.gradient(l).bias();
            for (int j = 0; j < bias.length; j++) {
                bias[j] += fresh.gradient(l).bias(j);
                for (int i = 0; i < weights[j].length; i++) {
                    weights[j][i] += fresh.gradient(l).weight(j, i);
                }
            }
            sums.add(new LayerGradient(weights, bias));
        }
        return new Result(fresh.loss(), fresh.outputs(), sums);
    }
}
