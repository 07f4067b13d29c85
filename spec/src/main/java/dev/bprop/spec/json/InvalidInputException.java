package dev.bprop.spec.json;

/**
 * A file that breaks a rule of clause FMT-ERRORS. The message is one line, {@code PLACE: what is wrong}, where
 * the place is a path into the document such as {@code layers[1].weights[2]} (clause FMT-ERRORS); control
 * characters that the place or the detail took from the input are escaped ({@link OneLine}).
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String place;
    private final String detail;

    public InvalidInputException(String place, String detail) {
        super(OneLine.of(place + ": " + detail));
        this.place = place;
        this.detail = detail;
    }

    /** Where the problem is, as a path into the document (or the file name when the file as a whole is bad). */
    public String place() {
        return place;
    }

    /** What is wrong there. */
    public String detail() {
        return detail;
    }
}
