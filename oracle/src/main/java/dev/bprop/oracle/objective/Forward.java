package dev.bprop.oracle.objective;

import java.util.List;

/**
 * The forward pass of a problem (FWD-Z, FWD-A) for every layer and example, in the numbers of some
 * {@link dev.bprop.oracle.arith.Arithmetic}.
 *
 * @param z z^l_ej as {@code z.get(l).get(e).get(j)} for l = 1..L (entry 0 is empty)
 * @param a a^l_ej likewise for l = 0..L, a^0 being the inputs
 */
public record Forward<T>(List<List<List<T>>> z, List<List<List<T>>> a) {
}
