package dev.bprop.conformance.launch;

import java.util.Locale;

/**
 * How binding a test is, as the Reactive Streams TCK names its rules: a {@code required_} test checks a MUST of
 * the spec and decides the verdict; an {@code optional_} test reports a convention the spec fixes but a library
 * may reasonably choose otherwise (the derivative at a kink, clause ACT-KINK).
 */
public enum Level {
    REQUIRED, OPTIONAL;

    /** The prefix of a test name: {@code required} or {@code optional}. */
    public String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }
}
