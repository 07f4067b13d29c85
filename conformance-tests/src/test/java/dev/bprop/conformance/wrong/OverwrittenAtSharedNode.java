package dev.bprop.conformance.wrong;

/** adjoint[input] = contribution where += belongs: a node with two consumers keeps only the last one's. */
final class OverwrittenAtSharedNode extends TextbookGraph {
    @Override
    double accumulate(double sum, double contribution) {
        return contribution;
    }
}
