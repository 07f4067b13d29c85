package dev.bprop.cli.grade;

/**
 * The grade of one slot of one problem: a Gradescope test (its name, score, max_score and output).
 *
 * @param name e.g. {@code sigmoid-2-2-2: delta of layer 1 (BP2)}
 * @param status what happened
 * @param score points earned
 * @param maxScore points possible
 * @param output what is wrong, where, expected and found; the kit's diagnosis
 */
public record Mark(String name, Status status, double score, double maxScore, String output) {
    /** What happened to a slot. */
    public enum Status {
        /** every number within tolerance */
        CORRECT,
        /** some number outside its tolerance */
        WRONG,
        /** present with the wrong shape or a non-number */
        MALFORMED,
        /** not in the answer file, or no answer file */
        MISSING,
        /** the submission skipped the problem (a capability declared away): 0 points, KIT-CAPABILITY */
        SKIPPED
    }
}
