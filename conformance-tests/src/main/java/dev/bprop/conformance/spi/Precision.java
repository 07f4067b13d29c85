package dev.bprop.conformance.spi;

/**
 * The arithmetic an implementation computes in, as its adapter declares it (KIT-PRECISION). It chooses the unit
 * roundoff of the tolerances the suites compare with (CMP-TOLERANCE, CMP-FLOAT32): a float32 library cannot agree
 * with the float64 reference to more than about seven digits, and a float64 library that agrees only that well has
 * float32 arithmetic leaking in. The adapter's word is this enum, part of the kit's API; the comparison model it
 * selects is the oracle's ({@link #arithmetic()}), which knows nothing of the kit.
 */
public enum Precision {
    /** IEEE 754 binary64 throughout: Java's {@code double}. */
    FLOAT64(dev.bprop.oracle.bound.Precision.FLOAT64),
    /** IEEE 754 binary32 somewhere on the path: Java's {@code float}, or a GPU's single precision. */
    FLOAT32(dev.bprop.oracle.bound.Precision.FLOAT32);

    private final dev.bprop.oracle.bound.Precision arithmetic;

    Precision(dev.bprop.oracle.bound.Precision arithmetic) {
        this.arithmetic = arithmetic;
    }

    /** The oracle's precision this declaration selects. */
    public dev.bprop.oracle.bound.Precision arithmetic() {
        return arithmetic;
    }
}
