package dev.bprop.oracle.exact;

import org.apache.commons.math3.fraction.BigFraction;

/** An exact number with one exact tangent: the value v of a quantity and its derivative v' along one parameter. */
public record ExactDual(BigFraction value, BigFraction slope) {
}
