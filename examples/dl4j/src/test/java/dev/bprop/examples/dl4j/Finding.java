package dev.bprop.examples.dl4j;

import java.util.List;
import java.util.Map;

/**
 * One documented finding of the kit against DL4J (a deviation of DL4J's, as FINDINGS.md says): its anchor in FINDINGS.md and the conformance tests it makes fail, each with the words its
 * failure message must contain (the diagnosis and the numbers that identify the cause).
 *
 * @param anchor the section of FINDINGS.md that explains it
 * @param failures test name → fragments its failure message must contain
 */
record Finding(String anchor, Map<String, List<String>> failures) {
}
