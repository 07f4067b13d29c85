package dev.bprop.cli;

import dev.bprop.oracle.bound.Precision;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --precision float64|float32}, as CMP-FLOAT32 names the two arithmetics. */
final class PrecisionConverter implements ITypeConverter<Precision> {
    @Override
    public Precision convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "float64" -> Precision.FLOAT64;
            case "float32" -> Precision.FLOAT32;
            default -> throw new TypeConversionException("expected float64 or float32, found '" + value + "'");
        };
    }
}
