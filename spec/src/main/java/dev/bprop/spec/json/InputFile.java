package dev.bprop.spec.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads an input file exactly once, into memory, as UTF-8 text of at most {@value #MAX_BYTES} bytes (clause
 * FMT-ERRORS, rules E-READ and E-SIZE). Reading once is what makes a named pipe, {@code /dev/stdin} and a shell's
 * {@code <(command)} work: their bytes can be read only once. The limit is what ends {@code /dev/zero} or an
 * endless pipe in bounded time and memory.
 */
public final class InputFile {
    /** E-SIZE: the largest input read, 256 MiB. */
    public static final int MAX_BYTES = 256 << 20;
    /** How long opening an input may take, a named pipe waiting for its writer, before it is refused (E-READ). */
    static final long OPEN_WAIT_SECONDS = 10;

    private static final int CHUNK = 1 << 20;

    private InputFile() {
    }

    /** The text of {@code file}, read once; the place of every error is the file name as given. */
    public static String read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try (InputStream in = open(file)) {
            bytes = readAtMost(in, name);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(name, "cannot be read: no such file");
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot be read: " + describe(file, e));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(name, "cannot be read: not UTF-8 text");
        }
    }

    /**
     * Opens {@code file} for reading, waiting at most {@link #OPEN_WAIT_SECONDS}. Opening a named pipe blocks until
     * a writer opens it too; a pipe that no writer opens is refused (E-READ) instead of waiting for ever. The
     * opening thread is a daemon: if it stays blocked, it does not keep the program alive.
     */
    private static InputStream open(Path file) throws IOException {
        FutureTask<InputStream> opening = new FutureTask<>(() -> Files.newInputStream(file));
        Thread opener = new Thread(opening, "bprop-open");
        opener.setDaemon(true);
        opener.start();
        try {
            return opening.get(OPEN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new InvalidInputException(file.toString(), "cannot be read: it did not open within "
                    + OPEN_WAIT_SECONDS + " s (a named pipe that nothing opens for writing?)");
        } catch (ExecutionException e) {
            // Files.newInputStream on the default file system fails with an IOException only.
            throw (IOException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening");
        }
    }

    /** At most {@link #MAX_BYTES} bytes of {@code in}; one byte more refuses the whole input (E-SIZE). */
    private static byte[] readAtMost(InputStream in, String name) throws IOException {
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        while (true) {
            byte[] chunk = in.readNBytes(CHUNK);
            total += chunk.length;
            if (total > MAX_BYTES) {
                throw new InvalidInputException(name, "is larger than " + (MAX_BYTES >> 20)
                        + " MiB, the largest input bprop reads (E-SIZE)");
            }
            chunks.add(chunk);
            if (chunk.length < CHUNK) {
                break;
            }
        }
        byte[] bytes = new byte[(int) total];
        int offset = 0;
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, bytes, offset, chunk.length);
            offset += chunk.length;
        }
        return bytes;
    }

    private static String describe(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
