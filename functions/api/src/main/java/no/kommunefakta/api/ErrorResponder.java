package no.kommunefakta.api;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import no.kommunefakta.api.request.BadRequest;
import no.kommunefakta.api.request.BindingErrors;
import no.kommunefakta.api.request.BodyCheck;
import no.kommunefakta.api.request.ErrorAnswer;
import no.kommunefakta.api.request.RequestLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Holds every request to {@link RequestLimits} before a function sees it ({@link BodyCheck}), and answers every
 * failure as JSON: a malformed request with 4xx naming the field and value (never a Java, package or parser name, not
 * logged as an error), anything else with 500 and an error id that is logged at ERROR with the cause.
 */
@ApplicationScoped
public class ErrorResponder {

    /** After Quarkus' body handler (which enforces the body size), before the function routes. */
    private static final int BODY_CHECK_ORDER = -1;
    private static final Logger LOG = Logger.getLogger(ErrorResponder.class);

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    private final BodyCheck bodyCheck = new BodyCheck();

    void install(@Observes Router router) {
        for (Routes.Route route : Routes.ALL) {
            router.route(route.path()).order(BODY_CHECK_ORDER).handler(ctx -> check(ctx, route));
        }
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
        // no route matched: Vert.x would answer its own HTML page
        router.errorHandler(404, this::handle);
    }

    private void check(RoutingContext ctx, Routes.Route route) {
        if (ctx.request().method() != HttpMethod.POST) {
            write(ctx, 405, new ErrorAnswer("Bruk POST med en JSON-kropp (use POST with a JSON body).", "method",
                    ctx.request().method().name()));
            return;
        }
        if (route.requestType().isPresent()) {
            Buffer body = ctx.body().buffer();
            try {
                bodyCheck.check(body == null ? new byte[0] : body.getBytes(), route.textField().orElse(null));
            } catch (BadRequest e) {
                write(ctx, 400, e.answer());
                return;
            }
        }
        ctx.next();
    }

    void handle(RoutingContext ctx) {
        Optional<BadRequest> badRequest = badRequest(ctx.failure());
        int status = ctx.statusCode();
        if (badRequest.isPresent()) {
            write(ctx, 400, badRequest.get().answer());
        } else if (status == 413) {
            write(ctx, 413, new ErrorAnswer("Forespørselen er større enn grensen på " + maxBodySize.asLongValue()
                    + " byte. Del filen opp, eller bruk kommandolinjeverktøyet for store filer (the request body may"
                    + " be at most " + maxBodySize.asLongValue() + " bytes).", "body",
                    ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH)));
        } else if (status == 400) {
            Optional<ErrorAnswer> explained = explainUnreadableBody(ctx);
            if (explained.isPresent()) {
                write(ctx, 400, explained.get());
            } else {
                serverError(ctx, ctx.failure(), "the body reads, but the function refused it or its answer");
            }
        } else if (status == 405) {
            write(ctx, 405, new ErrorAnswer("Bruk POST med en JSON-kropp (use POST with a JSON body).", "method",
                    ctx.request().method().name()));
        } else if (status == 404) {
            write(ctx, 404, new ErrorAnswer("Ukjent funksjon; bruk " + Routes.FUNCTIONS.stream()
                    .map(Routes.Route::path).collect(Collectors.joining(", ")) + " (no such function).", "path",
                    ctx.normalizedPath()));
        } else if (status >= 400 && status < 500) {
            write(ctx, status, new ErrorAnswer("Forespørselen ble avvist (HTTP " + status + ") (request refused).",
                    "body", null));
        } else {
            serverError(ctx, ctx.failure(), "HTTP " + status);
        }
    }

    private void serverError(RoutingContext ctx, Throwable failure, String what) {
        String id = UUID.randomUUID().toString();
        LOG.error(ctx.request().method() + " " + ctx.normalizedPath() + " failed (" + what + "), error id " + id,
                failure);
        if (!ctx.response().headWritten()) {
            write(ctx, 500, new ErrorAnswer("Intern feil i tjenesten; oppgi feil-id " + id + " hvis du melder fra"
                    + " (internal error; quote error id " + id + ").", "server", id));
        }
    }

    private static Optional<BadRequest> badRequest(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BadRequest br) {
                return Optional.of(br);
            }
        }
        return Optional.empty();
    }

    /**
     * The body passed {@link BodyCheck}, so it is one JSON object; binding it to the function's input failed. Reads
     * it again to say which field has the wrong type; empty when it binds (then the failure was not the request's).
     */
    private Optional<ErrorAnswer> explainUnreadableBody(RoutingContext ctx) {
        Optional<Class<?>> type = Routes.forPath(ctx.normalizedPath()).flatMap(Routes.Route::requestType);
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (type.isEmpty() || body == null || body.length() == 0) {
            return Optional.empty();
        }
        JsonNode tree = null;
        try {
            tree = mapper.readTree(body.getBytes());
            mapper.treeToValue(tree, type.get());
            return Optional.empty();
        } catch (JsonMappingException e) {
            if (e.getPath().isEmpty()) {
                return Optional.of(new ErrorAnswer("Kroppen må være et JSON-objekt (the body must be a JSON object).",
                        "body", BodyCheck.excerpt(body.getBytes(), 0)));
            }
            return Optional.of(BindingErrors.wrongType(e, tree).answer());
        } catch (IOException e) {
            return Optional.of(new ErrorAnswer("Kroppen er ikke gyldig JSON (the body is not valid JSON).", "body",
                    BodyCheck.excerpt(body.getBytes(), 0)));
        }
    }

    private void write(RoutingContext ctx, int status, ErrorAnswer answer) {
        try {
            ctx.response().setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json; charset=utf-8")
                    .end(mapper.writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ErrorAnswer is always serialisable", e);
        }
    }
}
