package dev.bprop.conformance.wrong;

import dev.bprop.spec.mlp.Problem;
import java.lang.reflect.Field;

/**
 * Centres the inputs in place, in the caller's own arrays, as a library that wraps buffers instead of copying them
 * would. The spec types are immutable, so the arrays are reached the way such a library would reach them: through
 * reflection.
 */
final class MutatesTheProblem extends Textbook {
    @Override
    double[][] inputs(Problem problem) {
        try {
            Field field = Problem.class.getDeclaredField("inputs");
            field.setAccessible(true);
            double[][] inputs = (double[][]) field.get(problem);
            for (double[] row : inputs) {
                row[0] -= 0.5;
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return problem.inputs();
    }
}
