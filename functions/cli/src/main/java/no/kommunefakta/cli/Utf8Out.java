package no.kommunefakta.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered UTF-8 writer for the JSON report: ASCII goes straight into the byte buffer, numbers are written as
 * digits without a string. The bytes are those of an {@link java.io.OutputStreamWriter} in UTF-8 (an unpaired
 * surrogate becomes {@code '?'} as there).
 */
final class Utf8Out {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int n;

    Utf8Out(OutputStream out) {
        this.out = out;
    }

    /** Appends an ASCII string as it is (the report's own punctuation and names). */
    Utf8Out ascii(String s) throws IOException {
        int len = s.length();
        if (buf.length - n < len) {
            flushBuffer();
            if (len > buf.length) {
                for (int i = 0; i < len; i++) {
                    ascii(s.charAt(i));
                }
                return this;
            }
        }
        s.getBytes(0, len, buf, n);
        n += len;
        return this;
    }

    Utf8Out ascii(char c) throws IOException {
        if (n == buf.length) {
            flushBuffer();
        }
        buf[n++] = (byte) c;
        return this;
    }

    Utf8Out number(int v) throws IOException {
        if (buf.length - n < 11) {
            flushBuffer();
        }
        if (v < 0) {
            if (v == Integer.MIN_VALUE) {
                return ascii(Integer.toString(v));
            }
            buf[n++] = '-';
            v = -v;
        }
        int digits = 1;
        for (int p = v; p >= 10; p /= 10) {
            digits++;
        }
        for (int i = n + digits - 1; i >= n; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        n += digits;
        return this;
    }

    /** Appends a JSON string: quoted, with the report's escapes ({@code \" \\ \n \r \t}, other controls as \\u). */
    Utf8Out string(String s) throws IOException {
        ascii('"');
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (buf.length - n < 12) {
                flushBuffer();
            }
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\') {
                    buf[n++] = '\\';
                }
                buf[n++] = (byte) c;
            } else if (c < 0x20) {
                switch (c) {
                    case '\n' -> ascii("\\n");
                    case '\r' -> ascii("\\r");
                    case '\t' -> ascii("\\t");
                    default -> ascii(String.format("\\u%04x", (int) c));
                }
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[n++] = (byte) (0xF0 | cp >> 18);
                buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                buf[n++] = '?';
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return ascii('"');
    }

    private void flushBuffer() throws IOException {
        out.write(buf, 0, n);
        n = 0;
    }

    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }
}
