package dev.bprop.oracle.compare;

import dev.bprop.oracle.fd.FdComponent;
import java.util.List;

/** Finite differences as an {@link Estimate}: the extrapolated central differences, their errors, their kinks. */
public final class FdEstimates {
    private FdEstimates() {
    }

    public static Estimate of(List<FdComponent> components) {
        int w = components.size();
        double[] values = new double[w];
        double[] errors = new double[w];
        boolean[] kinks = new boolean[w];
        for (int k = 0; k < w; k++) {
            values[k] = components.get(k).central().value();
            errors[k] = components.get(k).central().error();
            kinks[k] = components.get(k).atKink();
        }
        return new Estimate("finite differences", values, errors, kinks, false);
    }
}
