package dev.bprop.conformance.bounds;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The networks each clause measures. The standard plan spans a factor of 15 in weights (330 to 4920) (BOUND-WEIGHTS),
 * 8 in depth (BOUND-DEPTH), 16 in batch size (BOUND-BATCH) and 8 in units for the allocation clauses; it keeps the
 * largest network small enough that even an O(w²) gradient finishes a round within the budget, so that it fails
 * instead of timing out.
 *
 * @param weights networks of one depth and batch, growing in width
 * @param depth networks of one width and batch, growing in depth
 * @param batch one network with growing batches
 * @param ratio the network whose gradient is compared with its forward pass (BOUND-RATIO)
 * @param memoryWeights networks of batch 1 growing in width (BOUND-MEMORY, the O(w) term)
 * @param memoryExamples networks of batch 1 growing in width; each is also measured with {@code exampleStep} more
 *        examples (BOUND-MEMORY, the O(m·h) term)
 * @param exampleStep how many examples the second batch of the allocation clause adds
 */
public record BoundsPlan(List<Shape> weights, List<Shape> depth, List<Shape> batch, Shape ratio,
        List<Shape> memoryWeights, List<Shape> memoryExamples, int exampleStep) {
    public BoundsPlan {
        weights = List.copyOf(weights);
        depth = List.copyOf(depth);
        batch = List.copyOf(batch);
        memoryWeights = List.copyOf(memoryWeights);
        memoryExamples = List.copyOf(memoryExamples);
    }

    /** The plan the suite runs unless a subclass overrides {@code RuntimeBoundsSuite.plan()}. */
    public static BoundsPlan standard() {
        List<Shape> memory = shapes(new int[] {16, 32, 64, 128}, width -> new Shape(width, 3, 1));
        return new BoundsPlan(
                shapes(new int[] {10, 14, 20, 28, 40}, width -> new Shape(width, 3, 8)),
                shapes(new int[] {4, 6, 8, 11, 16, 23, 32}, depth -> new Shape(24, depth, 8)),
                shapes(new int[] {4, 8, 16, 32, 64}, batch -> new Shape(32, 3, batch)),
                new Shape(64, 3, 32),
                memory,
                memory,
                16);
    }

    private static List<Shape> shapes(int[] sizes, IntFunction<Shape> shape) {
        return IntStream.of(sizes).mapToObj(shape).toList();
    }
}
