package no.kommunefakta.authorizer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test tokens shaped like Maskinporten's access tokens, signed with test keys. */
final class Tokens {

    static final String AUDIENCE = "https://api.test.kommunefakta.no";
    static final String SCOPE = "kommunefakta:validering";
    static final String CLIENT_ID = "0b8f1e3c-client";
    static final String ORGNO = "910223518";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Tokens() {
    }

    /** The claims of a valid token issued now by {@code issuer}, valid 120 s (Maskinporten's default lifetime). */
    static Map<String, Object> claims(String issuer, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", AUDIENCE);
        claims.put("scope", SCOPE + " kommunefakta:annet");
        claims.put("iss", issuer);
        claims.put("client_amr", "private_key_jwt");
        claims.put("token_type", "Bearer");
        claims.put("exp", now.getEpochSecond() + 120);
        claims.put("iat", now.getEpochSecond());
        claims.put("client_id", CLIENT_ID);
        claims.put("jti", "jti-" + now.toEpochMilli());
        claims.put("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + ORGNO));
        return claims;
    }

    static Map<String, Object> header(String alg, String kid) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("kid", kid);
        header.put("alg", alg);
        return header;
    }

    /** RS256 over header and claims with {@code keys}' private key. */
    static String rs256(Map<String, Object> header, Map<String, Object> claims, KeyPair keys) {
        String signingInput = part(header) + "." + part(claims);
        try {
            var signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(keys.getPrivate());
            signer.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key-confusion attack: HS256 with the issuer's public key (its X.509 encoding) as the HMAC secret. */
    static String hs256WithPublicKey(String kid, Map<String, Object> claims, KeyPair keys) {
        String signingInput = part(header("HS256", kid)) + "." + part(claims);
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.getPublic().getEncoded(), "HmacSHA256"));
            return signingInput + "." + b64(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}, empty signature). */
    static String none(String kid, Map<String, Object> claims) {
        return part(header("none", kid)) + "." + part(claims) + ".";
    }

    static String part(Object json) {
        try {
            return b64(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
