package dev.bprop.conformance.internal.diagnose.model;

import java.util.List;

/**
 * Wrong batch reductions (BP-BATCH, LOSS-MEAN): each example e of m should weigh 1/m in every gradient. A batch
 * model gives example e another weight in δ^L, and with it in BP3 and BP4; the loss and the outputs stay right,
 * as they do in the bugs (the loop that is wrong is the backward one).
 */
final class BatchModels {
    /** The micro-batch size of the chunked bug, the size libraries commonly chunk a batch by. */
    static final int MICRO_BATCH = 32;

    private BatchModels() {
    }

    static List<MlpModel> all() {
        return List.of(
                weighted("batch-sum-instead-of-mean", "the batch sum instead of the mean BP-BATCH wants: every "
                        + "example weighted 1, not 1/m", 2, (e, m) -> 1),
                weighted("batch-mean-taken-twice", "every example weighted 1/m²: 1/m applied in δ^L and again "
                        + "when averaging", 2, (e, m) -> 1.0 / m / m),
                weighted("batch-integer-one-over-m", "1/m computed in integer arithmetic, 0 for every m > 1, so "
                        + "every gradient is 0", 2, (e, m) -> 0),
                weighted("batch-first-example-only", "the backward pass run on the first example only (its "
                        + "gradient still divided by m)", 2, (e, m) -> e == 0 ? 1.0 / m : 0),
                // From m = 2: at m = 1 the model predicts an all-zero gradient, which many other faults give too.
                weighted("batch-last-example-dropped", "the backward loop stopping one example short (e < m − 1), "
                        + "the last example left out of the mean", 2, (e, m) -> e < m - 1 ? 1.0 / m : 0),
                weighted("batch-last-example-only", "the gradient assigned (=) where it should be accumulated "
                        + "(+=): only the last example's contribution, divided by m, remains", 2,
                        (e, m) -> e == m - 1 ? 1.0 / m : 0),
                weighted("batch-micro-batch-means-summed", "the batch cut into micro-batches of " + MICRO_BATCH
                        + ", each one's mean taken and the means summed", MICRO_BATCH + 1,
                        (e, m) -> 1.0 / Math.min(MICRO_BATCH, m - e / MICRO_BATCH * MICRO_BATCH)));
    }

    /** The weight of example e in a batch of m. */
    private interface ExampleWeight {
        double of(int e, int m);
    }

    private static MlpModel weighted(String name, String cause, int smallestBatch, ExampleWeight weight) {
        return MlpModel.of(name, "BP-BATCH", cause, Applies.batchOfAtLeast(smallestBatch),
                () -> new PlainBackprop() {
                    @Override
                    protected double exampleWeight(int e, int m) {
                        return weight.of(e, m);
                    }
                });
    }
}
