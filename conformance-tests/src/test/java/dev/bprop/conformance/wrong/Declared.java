package dev.bprop.conformance.wrong;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.Precision;
import dev.bprop.spec.mlp.Problem;
import dev.bprop.spec.mlp.Result;

/** A library's adapter that declares a precision (KIT-PRECISION) and otherwise answers as the library does. */
public final class Declared {
    private Declared() {
    }

    public static MlpImplementation precision(MlpImplementation library, Precision precision) {
        return new MlpImplementation() {
            @Override
            public Result gradient(Problem problem) {
                return library.gradient(problem);
            }

            @Override
            public Precision precision() {
                return precision;
            }
        };
    }
}
