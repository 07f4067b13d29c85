package dev.bprop.conformance.wrong;

import dev.bprop.conformance.spi.MlpImplementation;
import dev.bprop.conformance.spi.Precision;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The kit's corpus of implementations, opened to the command line's tests: the correct textbook one, correct ones
 * that saturate σ and tanh (CMP-FUNCTION), the float32 leak declared float32 and undeclared, and every wrong
 * implementation of the catalogue (WrongImplementationCatalogueTest), each with its declared precision.
 */
public final class Corpus {
    private Corpus() {
    }

    /**
     * One implementation of the corpus.
     *
     * @param name what it is
     * @param adapter a fresh instance on each call
     * @param precision what it declares
     */
    public record Entry(String name, Supplier<MlpImplementation> adapter, Precision precision) {
    }

    public static List<Entry> mlp() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("Textbook", Textbook::new, Precision.FLOAT64));
        entries.add(new Entry("SaturatingTextbook(36, 20)", () -> new SaturatingTextbook(36, 20), Precision.FLOAT64));
        entries.add(new Entry("SaturatingTextbook(100, 20)", () -> new SaturatingTextbook(100, 20),
                Precision.FLOAT64));
        entries.add(new Entry("Float32Leak declared float32", () -> Declared.precision(new Float32Leak(), Precision.FLOAT32),
                Precision.FLOAT32));
        WrongImplementationCatalogueTest.mlpBugs().forEach(arguments -> {
            Object[] values = arguments.get();
            @SuppressWarnings("unchecked")
            Supplier<MlpImplementation> bug = (Supplier<MlpImplementation>) values[1];
            entries.add(new Entry((String) values[0], bug, Precision.FLOAT64));
        });
        return entries;
    }
}
