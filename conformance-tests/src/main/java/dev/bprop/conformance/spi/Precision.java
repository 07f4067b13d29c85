package dev.bprop.conformance.spi;

/**
 * The arithmetic an implementation computes in. It chooses the unit roundoff of the tolerances the suites compare
 * with (CMP-TOLERANCE, see {@code dev.bprop.conformance.check.Allowance}): a float32 library cannot agree with the
 * float64 reference to more than about seven digits, and a float64 library that agrees only that well has float32
 * arithmetic leaking in.
 */
public enum Precision {
    /** IEEE 754 binary64 throughout: Java's {@code double}. */
    FLOAT64,
    /** IEEE 754 binary32 somewhere on the path: Java's {@code float}, or a GPU's single precision. */
    FLOAT32
}
