package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A result cache keyed by the network's shape alone: a problem of the shape of an earlier one gets the earlier
 * one's answer. A fresh instance answers every problem right once.
 */
final class ReturnsThePreviousAnswer extends Textbook {
    private final Map<List<Object>, Result> cache = new HashMap<>();

    @Override
    public Result gradient(Problem problem) {
        List<Object> shape = List.of(problem.depth(), problem.width(0), problem.width(problem.depth()),
                problem.batchSize(), problem.loss());
        return cache.computeIfAbsent(shape, key -> super.gradient(problem));
    }
}
