package dev.bprop.spec.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
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
    /** How long opening a named pipe may wait for a writer before the read is refused (E-READ). */
    static final long WRITER_WAIT_SECONDS = 10;

    private static final int CHUNK = 1 << 20;
    private static final int FIFO_TYPE_BITS = 0170000;
    private static final int FIFO_TYPE = 0010000;

    private InputFile() {
    }

    /** The text of {@code file}, read once; the place of every error is the file name as given. */
    public static String read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try (InputStream in = open(file)) {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                throw tooLarge(name);
            }
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
     * Opens {@code file} for reading. Opening a named pipe blocks until a writer opens it too; that wait is bounded
     * by {@link #WRITER_WAIT_SECONDS}, after which the pipe is opened for writing once, here, so that the blocked
     * open returns and its thread ends.
     */
    private static InputStream open(Path file) throws IOException {
        if (!isNamedPipe(file)) {
            return Files.newInputStream(file);
        }
        FutureTask<InputStream> opening = new FutureTask<>(() -> Files.newInputStream(file));
        Thread opener = new Thread(opening, "bprop-open-" + file.getFileName());
        opener.setDaemon(true);
        opener.start();
        try {
            return opening.get(WRITER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            releaseBlockedOpen(file, opening);
            throw new InvalidInputException(file.toString(), "cannot be read: it is a named pipe and nothing opened "
                    + "it for writing within " + WRITER_WAIT_SECONDS + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a writer");
        }
    }

    private static void releaseBlockedOpen(Path file, FutureTask<InputStream> opening) {
        try (OutputStream unblock = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            opening.get(WRITER_WAIT_SECONDS, TimeUnit.SECONDS).close();
        } catch (IOException | ExecutionException | TimeoutException e) {
            // The blocked thread is a daemon: if it cannot be released, it ends with the program.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isNamedPipe(Path file) {
        try {
            if (!Files.readAttributes(file, BasicFileAttributes.class).isOther()) {
                return false;
            }
            return ((Integer) Files.getAttribute(file, "unix:mode") & FIFO_TYPE_BITS) == FIFO_TYPE;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
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
                throw tooLarge(name);
            }
            if (chunk.length > 0) {
                chunks.add(chunk);
            }
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

    private static InvalidInputException tooLarge(String name) {
        return new InvalidInputException(name, "is larger than " + (MAX_BYTES >> 20)
                + " MiB, the largest input bprop reads (E-SIZE)");
    }

    private static String describe(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "it is a folder";
        }
        if (!Files.exists(file)) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }
}
