package no.kommunefakta.publish;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4a (ECDSA P-256), in plain JDK crypto: the CloudFront KeyValueStore API accepts only SigV4a,
 * and the SDK's signer for it needs the native CRT library (and the KeyValueStore SDK module is not on Maven Central
 * here). Checked against the AWS signing test suite ({@code SigV4aTest}).
 *
 * <p>The signing key is derived from the secret access key (NIST SP 800-108 KDF in counter mode with HMAC-SHA256,
 * label {@code AWS4-ECDSA-P256-SHA256}); the credential scope has no region, the region set travels in
 * {@code X-Amz-Region-Set} (signed).
 */
public final class SigV4a {

    static final String ALGORITHM = "AWS4-ECDSA-P256-SHA256";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private final String accessKeyId;
    private final PrivateKey key;

    /** A signer for the given credentials (the derivation runs once). */
    public SigV4a(String accessKeyId, String secretAccessKey) {
        this.accessKeyId = accessKeyId;
        this.key = derive(accessKeyId, secretAccessKey);
    }

    /**
     * A request to sign.
     *
     * @param method        HTTP method
     * @param encodedPath   the path as sent, each segment already URI-encoded once
     * @param query         query parameters (unencoded), empty when none
     * @param headers       headers to sign (names in any case; {@code host} included)
     * @param payload       the body, empty for none
     */
    public record Request(String method, String encodedPath, Map<String, String> query, Map<String, String> headers, byte[] payload) {
    }

    /**
     * The headers to add to {@code request}: {@code X-Amz-Date}, {@code X-Amz-Region-Set}, {@code X-Amz-Security-Token}
     * (when {@code sessionToken} is not empty) and {@code Authorization}.
     */
    public Map<String, String> sign(Request request, String service, String regionSet, String sessionToken, Instant now) {
        String amzDate = AMZ_DATE.format(now);
        Map<String, String> headers = new TreeMap<>();
        request.headers().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
        headers.put("x-amz-date", amzDate);
        headers.put("x-amz-region-set", regionSet);
        if (sessionToken != null && !sessionToken.isEmpty()) {
            headers.put("x-amz-security-token", sessionToken);
        }
        String canonical = canonicalRequest(request.method(), request.encodedPath(), request.query(), headers, request.payload());
        String scope = amzDate.substring(0, 8) + "/" + service + "/aws4_request";
        String toSign = stringToSign(amzDate, scope, canonical);
        String signature;
        try {
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initSign(key);
            ecdsa.update(toSign.getBytes(StandardCharsets.UTF_8));
            signature = HEX.formatHex(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ECDSA P-256 signing is not available in this JVM", e);
        }
        Map<String, String> added = new TreeMap<>();
        added.put("X-Amz-Date", amzDate);
        added.put("X-Amz-Region-Set", regionSet);
        if (headers.containsKey("x-amz-security-token")) {
            added.put("X-Amz-Security-Token", sessionToken);
        }
        added.put("Authorization", ALGORITHM + " Credential=" + accessKeyId + "/" + scope + ", SignedHeaders="
                + String.join(";", headers.keySet()) + ", Signature=" + signature);
        return added;
    }

    static String canonicalRequest(String method, String encodedPath, Map<String, String> query, Map<String, String> lowerCaseHeaders,
                                   byte[] payload) {
        String path = encodedPath.isEmpty() ? "/" : List.of(encodedPath.split("/", -1)).stream()
                .map(SigV4a::uriEncode).collect(Collectors.joining("/"));
        String canonicalQuery = new TreeMap<>(query).entrySet().stream()
                .map(e -> uriEncode(e.getKey()) + "=" + uriEncode(e.getValue()))
                .collect(Collectors.joining("&"));
        StringBuilder headers = new StringBuilder();
        new TreeMap<>(lowerCaseHeaders).forEach((k, v) -> headers.append(k).append(':').append(v.strip().replaceAll("\\s+", " ")).append('\n'));
        return method + "\n" + path + "\n" + canonicalQuery + "\n" + headers + "\n"
                + String.join(";", new TreeMap<>(lowerCaseHeaders).keySet()) + "\n" + sha256Hex(payload);
    }

    static String stringToSign(String amzDate, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + amzDate + "\n" + scope + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 3986 encoding of everything but the unreserved characters. */
    static String uriEncode(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    static String sha256Hex(byte[] data) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The P-256 private key SigV4a derives from the credentials. */
    static PrivateKey derive(String accessKeyId, String secretAccessKey) {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
            BigInteger nMinus2 = curve.getOrder().subtract(BigInteger.TWO);
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(("AWS4A" + secretAccessKey).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] label = ALGORITHM.getBytes(StandardCharsets.UTF_8);
            byte[] id = accessKeyId.getBytes(StandardCharsets.UTF_8);
            for (int counter = 1; counter <= 254; counter++) {
                hmac.update(new byte[] {0, 0, 0, 1});
                hmac.update(label);
                hmac.update((byte) 0);
                hmac.update(id);
                hmac.update((byte) counter);
                hmac.update(new byte[] {0, 0, 1, 0});
                BigInteger c = new BigInteger(1, hmac.doFinal());
                if (c.compareTo(nMinus2) <= 0) {
                    return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(c.add(BigInteger.ONE), curve));
                }
            }
            throw new IllegalStateException("SigV4a key derivation found no key in 254 rounds");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available in this JVM", e);
        }
    }
}
