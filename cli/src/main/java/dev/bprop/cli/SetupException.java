package dev.bprop.cli;

/**
 * The implementation under test could not be set up: its class will not load or link, its constructor fails, or every
 * case fails with the same linkage error (a library jar left off {@code --classpath}). Not a verdict on its
 * gradients: {@code bprop conform} ends with exit status {@value Bprop#SETUP_ERROR} and one line,
 * {@code PLACE: message}, naming the option and the cause (FMT-CLI).
 */
final class SetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SetupException(String place, String detail) {
        super(place + ": " + detail);
    }
}
