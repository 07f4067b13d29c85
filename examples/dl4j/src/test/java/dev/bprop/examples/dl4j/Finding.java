package dev.bprop.examples.dl4j;

import java.util.List;
import java.util.Map;

/**
 * One documented finding of the kit against DL4J: its anchor in FINDINGS.md, whether it is DL4J's deviation or the
 * kit's, and the conformance tests it makes fail, each with the words its failure message must contain (the
 * diagnosis and the numbers that identify the cause).
 *
 * @param anchor the section of FINDINGS.md that explains it
 * @param libraryDeviation true for a deviation of DL4J from the spec, false for a false positive of the kit
 * @param failures test name → fragments its failure message must contain
 */
record Finding(String anchor, boolean libraryDeviation, Map<String, List<String>> failures) {
}
