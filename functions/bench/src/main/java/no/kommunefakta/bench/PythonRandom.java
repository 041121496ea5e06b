package no.kommunefakta.bench;

/**
 * CPython's {@code random} module (MT19937, seeded with an int as {@code random.seed(n)} does) for the few calls the
 * reference generator uses: {@code random()}, {@code choice()} and {@code randint()}. Lets the benchmark files be
 * byte-identical to those the official program was measured on, without Python.
 */
final class PythonRandom {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int index = N + 1;

    PythonRandom(int seed) {
        initByArray(new int[] {seed});
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (index = 1; index < N; index++) {
            mt[index] = 1812433253 * (mt[index - 1] ^ (mt[index - 1] >>> 30)) + index;
        }
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
    }

    private int next32() {
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            for (; kk < N - 1; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
            mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            index = 0;
        }
        int y = mt[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** {@code random.random()}: a double in [0, 1) with 53 random bits. */
    double random() {
        long a = (next32() & 0xffffffffL) >>> 5;
        long b = (next32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code random._randbelow(n)} for n up to 2^31: rejection sampling on getrandbits(n.bit_length()). */
    int below(int n) {
        int k = 32 - Integer.numberOfLeadingZeros(n);
        int r = (int) ((next32() & 0xffffffffL) >>> (32 - k));
        while (r >= n) {
            r = (int) ((next32() & 0xffffffffL) >>> (32 - k));
        }
        return r;
    }

    <T> T choice(T[] values) {
        return values[below(values.length)];
    }

    /** {@code random.randint(a, b)}, both ends included. */
    int randint(int a, int b) {
        return a + below(b - a + 1);
    }
}
