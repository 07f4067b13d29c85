/**
 * Worked examples for teaching ({@code bprop explain}): a problem's forward and backward pass layer by layer
 * ({@link dev.bprop.cli.explain.ExplainProblem}), an expression graph's adjoints with their chain-rule terms
 * ({@link dev.bprop.cli.explain.ExplainGraph}), written once as text with LaTeX math and rendered as Markdown or as
 * LaTeX that compiles ({@link dev.bprop.cli.explain.Notation}). Every number comes from the reference.
 */
package dev.bprop.cli.explain;
