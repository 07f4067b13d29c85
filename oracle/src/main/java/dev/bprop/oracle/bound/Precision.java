package dev.bprop.oracle.bound;

/**
 * The arithmetic a method computes in, which chooses its rounding allowance: float64 under CMP-TOLERANCE and
 * CMP-VALUE, float32 under CMP-FLOAT32.
 */
public enum Precision {
    /** IEEE 754 binary64 throughout: Java's {@code double}. */
    FLOAT64,
    /** IEEE 754 binary32 somewhere on the path: Java's {@code float}, a GPU's single precision, numpy's float32. */
    FLOAT32
}
