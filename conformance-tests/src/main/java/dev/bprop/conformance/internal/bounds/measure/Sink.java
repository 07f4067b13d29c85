package dev.bprop.conformance.internal.bounds.measure;

/**
 * Consumes what calls return, so that the JIT cannot prove a result unused and skip computing it; the identity hash
 * makes the object exist.
 */
final class Sink {
    private static volatile int consumed;

    private Sink() {
    }

    static void consume(Object result) {
        consumed ^= System.identityHashCode(result);
    }

    /** The identity hashes of everything consumed, folded by xor: the meters' tests read it to see a result consumed. */
    static int consumed() {
        return consumed;
    }
}
