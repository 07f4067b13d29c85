package dev.bprop.cli.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Every file the grader writes goes through {@link #write}, the one place to make writing atomic. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes {@code text} to {@code file} in UTF-8, creating its directories. */
    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written", e);
        }
    }
}
