/** The three verdicts of a bounds clause, decided on a confidence interval against a limit. */
package dev.bprop.conformance.bounds.verdict;
