/**
 * An expression graph file (clause FMT-GRAPH) as a computational graph, and its result (FMT-GRAPH-RESULT):
 * {@link dev.bprop.reference.graph.file.GraphFile}. A file adapter on top of the algorithm; the algorithm does not
 * import it.
 */
package dev.bprop.reference.graph.file;
