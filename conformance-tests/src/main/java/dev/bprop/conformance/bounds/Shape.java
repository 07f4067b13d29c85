package dev.bprop.conformance.bounds;

/**
 * A network of the scaling family: {@code depth} layers, every one {@code width} units wide (the inputs too), and a
 * batch of {@code batch} examples. Counted as clause NOT-W counts: w = L·n(n + 1) weights and biases, h = (L − 1)·n
 * hidden units, n_0 = n_L = n.
 */
public record Shape(int width, int depth, int batch) {
    public Shape {
        if (width < 1 || depth < 1 || batch < 1) {
            throw new IllegalArgumentException("not a network: width " + width + ", depth " + depth + ", batch "
                    + batch);
        }
    }

    /** w, the number of weights and biases (clause NOT-W). */
    public long weights() {
        return (long) depth * width * (width + 1);
    }

    /** h + n_0 + n_L: every unit the batch brings a row of numbers for (clause BOUND-MEMORY). */
    public long units() {
        return (long) (depth + 1) * width;
    }

    /** The same network with another batch size. */
    public Shape withBatch(int newBatch) {
        return new Shape(width, depth, newBatch);
    }

    @Override
    public String toString() {
        return "width=" + width + "-depth=" + depth + "-batch=" + batch;
    }
}
