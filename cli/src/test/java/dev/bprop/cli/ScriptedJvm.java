package dev.bprop.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A JVM that {@link IsolatedRun} starts in a test, in the test's own JVM: it prints the given lines, each after a
 * pause if asked, and then either ends with the given exit status or hangs, silent, until it is stopped
 * ({@link #destroy()}), after which it prints nothing more and its exit status is 137 (a JVM killed by SIGKILL).
 */
final class ScriptedJvm extends Process {
    static final int KILLED = 137;

    private final List<byte[]> output;
    private final Duration pause;
    private final Integer exitStatus;
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** Gives a line at a time, as a pipe does, so that a reader sees each record before the JVM hangs. */
    private final InputStream stdout = new InputStream() {
        private int line;
        private int next;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (wasStopped()) {
                return -1;
            }
            if (line == output.size()) {
                printed = true;
                if (exitStatus == null) {
                    awaitStop();
                }
                return -1;
            }
            if (next == 0 && !pause.isZero() && !wasStopped()) {
                sleep(pause);
            }
            byte[] bytes = output.get(line);
            int count = Math.min(length, bytes.length - next);
            System.arraycopy(bytes, next, buffer, offset, count);
            next += count;
            if (next == bytes.length) {
                line++;
                next = 0;
            }
            return count;
        }
    };
    private volatile boolean printed;

    private ScriptedJvm(List<String> lines, Duration pause, Integer exitStatus) {
        this.output = lines.stream().map(line -> (line + "\n").getBytes(StandardCharsets.UTF_8)).toList();
        this.pause = pause;
        this.exitStatus = exitStatus;
    }

    /** Prints {@code lines}, then ends with {@code exitStatus}. */
    static ScriptedJvm ending(int exitStatus, String... lines) {
        return new ScriptedJvm(List.of(lines), Duration.ZERO, exitStatus);
    }

    /** Prints {@code lines}, each after {@code pause}, then ends with {@code exitStatus}. */
    static ScriptedJvm slow(Duration pause, int exitStatus, String... lines) {
        return new ScriptedJvm(List.of(lines), pause, exitStatus);
    }

    /** Prints {@code lines}, then hangs until it is stopped. */
    static ScriptedJvm hanging(String... lines) {
        return new ScriptedJvm(List.of(lines), Duration.ZERO, null);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean wasStopped() {
        return stopped.getCount() == 0;
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public OutputStream getOutputStream() {
        return new ByteArrayOutputStream();
    }

    @Override
    public InputStream getInputStream() {
        return stdout;
    }

    @Override
    public InputStream getErrorStream() {
        return InputStream.nullInputStream();
    }

    @Override
    public int waitFor() throws InterruptedException {
        if (exitStatus == null) {
            stopped.await();
        }
        return exitValue();
    }

    @Override
    public int exitValue() {
        if (exitStatus != null) {
            return exitStatus;
        }
        if (!wasStopped()) {
            throw new IllegalThreadStateException("still running");
        }
        return KILLED;
    }

    @Override
    public boolean isAlive() {
        return !wasStopped() && (exitStatus == null || !printed);
    }

    @Override
    public void destroy() {
        stopped.countDown();
    }
}
