package no.kommunefakta.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** SigV4a against the {@code post-vanilla} case of the AWS signing test suite (src/test/resources/sigv4a). */
class SigV4aTest {

    private static final String ACCESS_KEY = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    @Test
    void canonicalRequestAndStringToSignMatchTheSuite() throws Exception {
        Map<String, String> headers = new TreeMap<>(Map.of(
                "host", "example.amazonaws.com", "x-amz-date", "20150830T123600Z", "x-amz-region-set", "us-east-1"));
        String canonical = SigV4a.canonicalRequest("POST", "/", Map.of(), headers, new byte[0]);
        assertThat(canonical).isEqualTo(resource("header-canonical-request.txt"));
        assertThat(SigV4a.stringToSign("20150830T123600Z", "20150830/service/aws4_request", canonical))
                .isEqualTo(resource("header-string-to-sign.txt"));
    }

    @Test
    void derivedKeySignsWhatTheSuitesPublicKeyVerifies() throws Exception {
        PublicKey suiteKey = suitePublicKey();
        // the suite's own signature verifies (the vector and this verifier agree) ...
        assertThat(verify(suiteKey, resource("header-string-to-sign.txt"), resource("header-signature.txt").strip())).isTrue();

        // ... and so does ours: the key derived from the credentials is the suite's key pair
        var signed = new SigV4a(ACCESS_KEY, SECRET).sign(new SigV4a.Request("POST", "/", Map.of(),
                Map.of("Host", "example.amazonaws.com"), new byte[0]), "service", "us-east-1", "", Instant.parse("2015-08-30T12:36:00Z"));
        String authorization = signed.get("Authorization");
        assertThat(authorization).startsWith("AWS4-ECDSA-P256-SHA256 Credential=AKIDEXAMPLE/20150830/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date;x-amz-region-set, Signature=");
        assertThat(signed).containsEntry("X-Amz-Date", "20150830T123600Z").containsEntry("X-Amz-Region-Set", "us-east-1");
        String signature = authorization.substring(authorization.indexOf("Signature=") + "Signature=".length());
        assertThat(verify(suiteKey, resource("header-string-to-sign.txt"), signature)).isTrue();
        assertThat(verify(suiteKey, resource("header-string-to-sign.txt").replace("T123600Z", "T123601Z"), signature)).isFalse();
    }

    @Test
    void sessionTokenIsSignedAndPathSegmentsAreEncodedAgain() {
        var signed = new SigV4a(ACCESS_KEY, SECRET).sign(new SigV4a.Request("GET", "/key-value-stores/arn%3Aaws", Map.of(),
                Map.of("host", "h"), new byte[0]), "cloudfront-keyvaluestore", "*", "TOKEN", Instant.parse("2026-11-29T08:05:00Z"));
        assertThat(signed).containsEntry("X-Amz-Security-Token", "TOKEN");
        assertThat(signed.get("Authorization")).contains("/20261129/cloudfront-keyvaluestore/aws4_request",
                "SignedHeaders=host;x-amz-date;x-amz-region-set;x-amz-security-token");
        assertThat(SigV4a.canonicalRequest("GET", "/key-value-stores/arn%3Aaws", Map.of(), Map.of("host", "h"), new byte[0]))
                .startsWith("GET\n/key-value-stores/arn%253Aaws\n\nhost:h\n");
    }

    static PublicKey suitePublicKey() throws Exception {
        JsonNode key = new ObjectMapper().readTree(resource("public-key.json"));
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(new ECPoint(
                new BigInteger(key.path("X").asText(), 16), new BigInteger(key.path("Y").asText(), 16)), curve));
    }

    static boolean verify(PublicKey key, String stringToSign, String hexSignature) throws Exception {
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initVerify(key);
        ecdsa.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        return ecdsa.verify(HexFormat.of().parseHex(hexSignature));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SigV4aTest.class.getResourceAsStream("/sigv4a/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
