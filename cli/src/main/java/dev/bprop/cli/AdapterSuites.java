package dev.bprop.cli;

import dev.bprop.conformance.GraphConformanceSuite;
import dev.bprop.conformance.MlpConformanceSuite;
import dev.bprop.conformance.bounds.RuntimeBoundsSuite;
import dev.bprop.conformance.spi.GraphImplementation;
import dev.bprop.conformance.spi.MlpImplementation;

/**
 * The suites {@code bprop conform} runs for an adapter class (or for the reference): the launcher instantiates
 * suite classes itself, so the adapter reaches them through these fields, set just before a run.
 */
final class AdapterSuites {
    static volatile MlpImplementation mlp;
    static volatile GraphImplementation graph;
    static volatile MlpImplementation bounds;

    private AdapterSuites() {
    }

    /** The MLP suite for the adapter in {@link #mlp}; public for the launcher. */
    public static final class Mlp extends MlpConformanceSuite {
        @Override
        protected MlpImplementation implementation() {
            return mlp;
        }
    }

    /** The graph suite for the adapter in {@link #graph}; public for the launcher. */
    public static final class Graph extends GraphConformanceSuite {
        @Override
        protected GraphImplementation implementation() {
            return graph;
        }
    }

    /** The runtime-bounds profile for the adapter in {@link #bounds}; public for the launcher. */
    public static final class Bounds extends RuntimeBoundsSuite {
        @Override
        protected MlpImplementation implementation() {
            return bounds;
        }
    }
}
