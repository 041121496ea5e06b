package no.kommunefakta.lambda;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** API Gateway HTTP API (payload 2.0) events as the deployed Lambdas receive them, and their answers. */
final class ApiGatewayEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiGatewayEvents() {
    }

    /** {@code POST path} with {@code body}; bytes that are not valid UTF-8 text travel base64-encoded, as API Gateway sends them. */
    static String post(String path, byte[] body, boolean base64) {
        return request("POST", path, body, base64);
    }

    /** {@code method path} with {@code body} (empty for none), as {@link #post}. */
    static String request(String method, String path, byte[] body, boolean base64) {
        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", method + " " + path);
        event.put("rawPath", path);
        event.put("rawQueryString", "");
        event.putObject("headers")
                .put("content-type", "application/json")
                .put("host", "abc123.execute-api.eu-north-1.amazonaws.com");
        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", "123456789012");
        context.put("apiId", "abc123");
        context.put("domainName", "abc123.execute-api.eu-north-1.amazonaws.com");
        context.put("requestId", "it-" + System.nanoTime());
        context.put("routeKey", method + " " + path);
        context.put("stage", "$default");
        context.put("timeEpoch", 1_790_000_000_000L);
        context.putObject("http").put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "192.0.2.10").put("userAgent", "kommunefakta-it");
        context.putObject("authorizer").putObject("iam")
                .put("accountId", "123456789012").put("callerId", "AIDAEXAMPLE")
                .put("userArn", "arn:aws:iam::123456789012:user/kommune-0301");
        event.put("body", base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8));
        event.put("isBase64Encoded", base64);
        return event.toString();
    }

    /** The response body as the caller sees it (API Gateway decodes base64 bodies). */
    static byte[] body(JsonNode response) {
        String body = response.path("body").asText();
        return response.path("isBase64Encoded").asBoolean() ? Base64.getDecoder().decode(body)
                : body.getBytes(StandardCharsets.UTF_8);
    }

    /** The Content-Type header of the response, whatever its case. */
    static String contentType(JsonNode response) {
        var names = response.path("headers").fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (name.equalsIgnoreCase("content-type")) {
                return response.path("headers").path(name).asText();
            }
        }
        return null;
    }
}
