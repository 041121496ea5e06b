package no.kommunefakta.authorizer;

import java.util.Optional;

/**
 * The authorizer's answer for one request.
 *
 * @param allowed  whether the token grants the route
 * @param reason   why not (for the log; never sent to the caller), {@code ok} when allowed
 * @param caller   who called, when allowed
 */
public record Decision(boolean allowed, String reason, Optional<Caller> caller) {

    static Decision deny(String reason) {
        return new Decision(false, reason, Optional.empty());
    }

    static Decision allow(Caller caller) {
        return new Decision(true, "ok", Optional.of(caller));
    }

    /**
     * The calling client, passed to API Gateway as authorizer context (access log, per-client metric and alarm).
     *
     * @param clientId the Maskinporten client ({@code client_id})
     * @param orgno    the consumer's organisation number ({@code consumer.ID} {@code 0192:<orgno>})
     */
    public record Caller(String clientId, String orgno) {
    }
}
