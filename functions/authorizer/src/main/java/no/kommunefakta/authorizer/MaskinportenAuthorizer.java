package no.kommunefakta.authorizer;

import java.time.Clock;

import org.jboss.logging.Logger;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * The Lambda REQUEST authorizer of the Kommunefakta API: validates the caller's Maskinporten token for the route
 * ({@link TokenValidator}) and answers API Gateway in the simple format; an allowed request carries the client and
 * its organisation number on to the access log. The key set stays in memory between invocations.
 */
public class MaskinportenAuthorizer implements RequestHandler<AuthorizerEvent, AuthorizerResponse> {

    private static final Logger LOG = Logger.getLogger(MaskinportenAuthorizer.class);

    private final TokenValidator validator;
    private final Clock clock = Clock.systemUTC();

    public MaskinportenAuthorizer(AuthorizerConfig config) {
        var keys = new KeySource(config.issuer(), config.metadataUrl().orElse(KeySource.defaultMetadataUrl(config.issuer())),
                config.jwksMaxAge(), config.jwksMinRefreshInterval(), config.httpTimeout(), clock);
        this.validator = new TokenValidator(TokenPolicy.of(config), keys);
    }

    @Override
    public AuthorizerResponse handleRequest(AuthorizerEvent event, Context context) {
        String route = event == null ? null : event.routeKey();
        Decision decision = validator.validate(event == null ? null : event.authorization(), route, clock.instant());
        if (decision.allowed()) {
            LOG.debugf("allowed %s for client %s", route, decision.caller().orElseThrow().clientId());
        } else {
            LOG.infof("refused %s: %s", route, decision.reason());
        }
        return AuthorizerResponse.of(decision);
    }
}
