package no.kommunefakta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A reader whose bytes are read and decoded by a second thread while the caller validates: on two cores the file's
 * I/O and charset decoding overlap the JVM's start-up work and the controls. Decoding is the same
 * {@link InputStreamReader} as a plain read (malformed input replaced the same way). At most a few blocks of
 * {@value #BLOCK} characters are in flight, allocated as needed and reused, so memory does not grow with the file.
 */
final class ReadAhead extends Reader {
    static final int BLOCK = 1 << 16;
    private static final int IN_FLIGHT = 8;

    /** A decoded block; {@code length < 0} marks the end of the input, {@code error} a failed read. */
    private record Block(char[] chars, int length, IOException error) {
    }

    private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(IN_FLIGHT + 1);
    private final BlockingQueue<char[]> free = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final Thread thread;
    private final InputStream in;
    /** Blocks allocated so far (by the reading thread only). */
    private int allocated;
    private Block current;
    private int pos;
    private boolean done;

    ReadAhead(InputStream in, Charset charset) {
        this.in = in;
        thread = new Thread(() -> fill(new InputStreamReader(in, charset)), "kostra-read-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private void fill(Reader reader) {
        try {
            while (true) {
                char[] chars = free.poll();
                if (chars == null && allocated < IN_FLIGHT) {
                    allocated++;
                    chars = new char[BLOCK];
                } else if (chars == null) {
                    chars = free.take();
                }
                int n = 0;
                while (n < chars.length) {
                    int r = reader.read(chars, n, chars.length - n);
                    if (r < 0) {
                        break;
                    }
                    n += r;
                }
                if (n > 0) {
                    full.put(new Block(chars, n, null));
                }
                if (n < chars.length) {
                    full.put(new Block(null, -1, null));
                    return;
                }
            }
        } catch (IOException e) {
            full.offer(new Block(null, -1, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (done) {
            return -1;
        }
        if (current == null) {
            try {
                current = full.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the file");
            }
            pos = 0;
            if (current.length() < 0) {
                done = true;
                if (current.error() != null) {
                    throw current.error();
                }
                return -1;
            }
        }
        int n = Math.min(len, current.length() - pos);
        System.arraycopy(current.chars(), pos, cbuf, off, n);
        pos += n;
        if (pos == current.length()) {
            free.add(current.chars());
            current = null;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        in.close();
    }
}
