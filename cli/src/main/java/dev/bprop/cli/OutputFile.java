package dev.bprop.cli;

import dev.bprop.spec.json.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file the command writes ({@code --report}, {@code --html}, {@code --plot}), written whole or not at all
 * (clause FMT-CLI): its folder is checked when the command starts, before any work, and its content goes to a
 * temporary file in the same folder that is then moved into place in one step. A check that fails is bad usage
 * (exit status 2); a write that fails after the work is done ends with exit status 1 ({@link Failed}); either way
 * one line names the option and the file, and no part of the file is left behind.
 */
final class OutputFile {
    /** The option and the file as given, {@code --report out/r.json}: how messages name this output. */
    private final String place;
    private final Path target;

    private OutputFile(String option, Path target) {
        this.place = option + " " + target;
        this.target = target.toAbsolutePath();
    }

    /** What writes the content; it may throw what writing throws. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A write that failed after the work was done; exit status 1. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    /**
     * {@code file} given with {@code option}, checked now: its folder exists and takes a new file, and it is not
     * itself a folder. {@code null} (the option not given) stays {@code null}.
     */
    static OutputFile checked(String option, Path file) {
        if (file == null) {
            return null;
        }
        OutputFile output = new OutputFile(option, file);
        String place = output.place;
        Path folder = output.target.getParent();
        if (Files.isDirectory(output.target)) {
            throw new InvalidInputException(place, "is a folder, expected a file name");
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(place, "cannot be written: the folder " + folder + " does not exist");
        }
        try {
            Files.delete(Files.createTempFile(folder, ".bprop-check-", ".tmp"));
        } catch (IOException e) {
            throw new InvalidInputException(place, "cannot be written: the folder " + folder + " takes no new file ("
                    + reason(e) + ")");
        }
        return output;
    }

    /** Writes the whole content to a temporary file beside the target, then moves it into place at once. */
    void write(Content content) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            move(temporary);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw new Failed(place + ": cannot be written (" + reason(e) + "); nothing was written");
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more can be done; the write's own failure is what the user is told.
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
