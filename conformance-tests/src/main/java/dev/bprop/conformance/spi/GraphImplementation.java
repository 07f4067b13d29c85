package dev.bprop.conformance.spi;

import dev.bprop.spec.graph.Graph;
import dev.bprop.spec.graph.GraphOp;
import dev.bprop.spec.graph.GraphResult;
import java.util.EnumSet;
import java.util.Set;

/**
 * The adapter an adopter writes for the graph profile, for autodiff libraries: one method that evaluates an
 * expression graph (clause FMT-GRAPH) and returns its value and the gradient of every {@code input} node
 * (clause FMT-GRAPH-RESULT), and a capability hook whose default claims every operation. A graph the library cannot
 * express for another reason is skipped, not failed, when {@link #gradient} throws
 * {@link UnsupportedProblemException} with the reason (clause KIT-CAPABILITY).
 */
public interface GraphImplementation {
    /** The value of the output node and ∂output/∂x for every {@code input} node x (0 where it does not depend on x). */
    GraphResult gradient(Graph graph);

    /** The operations the library supports; graphs using others are skipped. */
    default Set<GraphOp> operations() {
        return EnumSet.allOf(GraphOp.class);
    }

    /** The arithmetic the library computes in; it chooses the tolerances. */
    default Precision precision() {
        return Precision.FLOAT64;
    }
}
