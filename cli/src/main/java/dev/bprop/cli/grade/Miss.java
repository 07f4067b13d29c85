package dev.bprop.cli.grade;

/**
 * One number of an answer outside its tolerance: where (its path in the answer file), what the reference computed,
 * what the student wrote and how far apart they may be.
 */
public record Miss(String place, double expected, double found, double allowed) {
}
