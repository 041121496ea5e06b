package no.kommunefakta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class PerfFileTest {

    // SHA-256 of the reference generator's output (gen_perf_postings.py N, CPython 3.11), computed once.
    private static final String SHA_1000 = "5bf60fe5ac0aba9d2a213762d62066ee7861ad1aaab988f325f0b6f07d0d6997";
    private static final String SHA_100000 = "60e2f0f5ca57dc5c64d5bbcba7a7437d50ba1f6ba6840aab8f97be350b881f89";

    @Test
    void isByteIdenticalToTheReferenceGenerator() throws Exception {
        assertThat(sha256(generate(1000))).isEqualTo(SHA_1000);
        assertThat(sha256(generate(100_000))).isEqualTo(SHA_100000);
    }

    @Test
    void startsWithSkattAndRammetilskuddThenRecordsOf48Characters() throws Exception {
        String[] lines = generate(50).split("\n");
        assertThat(lines).hasSize(50);
        assertThat(lines[0]).isEqualTo("0A2026 110300                  1800 870  -500000");
        assertThat(lines[1]).isEqualTo("0A2026 110300                  1840 800  -400000");
        assertThat(lines).allSatisfy(l -> assertThat(l).hasSize(48));
    }

    private static String generate(int n) throws IOException {
        StringWriter out = new StringWriter();
        PerfFile.write(n, out);
        return out.toString();
    }

    private static String sha256(String s) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
