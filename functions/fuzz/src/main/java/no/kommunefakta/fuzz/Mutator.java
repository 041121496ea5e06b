package no.kommunefakta.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Byte-level mutations of a body: bit flips, inserted, deleted, repeated and swapped bytes, tokens, truncation. */
final class Mutator {

    private static final byte[][] TOKENS = tokens("{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud800",
            "null", "true", "-", "1e999", "0x1F", "NaN", "\u0000", "ø", "💥", "{\"a\":", "[[[[[[[[", "]]]]", "\"\"",
            "/*", "'", "\r\n", "\t");
    private static final byte[] INVALID_UTF8 = {(byte) 0xC0, (byte) 0xFF, (byte) 0xED, (byte) 0xA0, (byte) 0x80,
            (byte) 0xF8, (byte) 0xC3};

    private Mutator() {
    }

    static byte[] mutate(byte[] body, int mutations, Random random) {
        byte[] b = body;
        for (int i = 0; i < mutations; i++) {
            b = once(b, random);
        }
        return b;
    }

    private static byte[] once(byte[] b, Random random) {
        if (b.length == 0) {
            return TOKENS[random.nextInt(TOKENS.length)].clone();
        }
        int at = random.nextInt(b.length);
        return switch (random.nextInt(9)) {
            case 0 -> {
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << random.nextInt(8));
                yield c;
            }
            case 1 -> splice(b, at, 0, new byte[] {(byte) random.nextInt(256)});
            case 2 -> splice(b, at, Math.min(b.length - at, 1 + random.nextInt(8)), new byte[0]);
            case 3 -> splice(b, at, 0, TOKENS[random.nextInt(TOKENS.length)]);
            case 4 -> splice(b, at, 1, TOKENS[random.nextInt(TOKENS.length)]);
            case 5 -> java.util.Arrays.copyOf(b, at);
            case 6 -> {
                int len = Math.min(b.length - at, 1 + random.nextInt(32));
                byte[] copy = java.util.Arrays.copyOfRange(b, at, at + len);
                yield splice(b, random.nextInt(b.length), 0, copy);
            }
            case 7 -> splice(b, at, 0, new byte[] {INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]});
            default -> {
                byte[] c = b.clone();
                int other = random.nextInt(b.length);
                byte t = c[at];
                c[at] = c[other];
                c[other] = t;
                yield c;
            }
        };
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.write(insert, 0, insert.length);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }

    private static byte[][] tokens(String... tokens) {
        byte[][] out = new byte[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = tokens[i].getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
