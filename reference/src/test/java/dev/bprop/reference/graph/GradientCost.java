package dev.bprop.reference.graph;

import dev.bprop.reference.graph.algebra.Numbers;
import java.util.List;
import java.util.Random;

/**
 * Clause COST-TIME, measured: the time of a gradient (all inputs, by numbers) relative to one evaluation of the
 * graph, on random scalar graphs with shared sub-expressions of 10² to 10⁵ nodes. Not a test; run with
 *
 * <pre>
 * ./mvnw -q -B -pl reference -am test-compile
 * java -cp reference/target/test-classes:reference/target/classes:spec/target/classes \
 *     dev.bprop.reference.graph.GradientCost
 * </pre>
 */
public final class GradientCost {
    private static final int ROUNDS = 7;

    private GradientCost() {
    }

    public static void main(String[] args) {
        System.out.println("| nodes | evaluation (ms) | backpropagation (ms) | backpropagation / evaluation "
                + "| (evaluation + backpropagation) / evaluation |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: |");
        for (int size : new int[] {100, 1_000, 10_000, 100_000}) {
            measure(size);
        }
    }

    private static void measure(int size) {
        Random random = new Random(size);
        List<Integer> code = random.ints(size - 3, 0, 1_000_000).boxed().toList();
        RandomGraph f = new RandomGraph(code, 0.3, -0.7, 1.1);
        int repeats = Math.max(1, 200_000 / size);
        double evaluation = Double.MAX_VALUE;
        double backpropagation = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            Evaluation values = null;
            for (int r = 0; r < repeats; r++) {
                values = f.graph.evaluate();
            }
            long evaluated = System.nanoTime();
            for (int r = 0; r < repeats; r++) {
                GeneralBackpropagation.gradients(f.graph, f.output, f.inputs, new Numbers(values));
            }
            long done = System.nanoTime();
            evaluation = Math.min(evaluation, (evaluated - start) / 1e6 / repeats);
            backpropagation = Math.min(backpropagation, (done - evaluated) / 1e6 / repeats);
        }
        System.out.printf("| %d | %.3f | %.3f | %.2f | %.2f |%n", size, evaluation, backpropagation,
                backpropagation / evaluation, (evaluation + backpropagation) / evaluation);
    }
}
