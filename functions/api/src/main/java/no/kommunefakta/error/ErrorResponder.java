package no.kommunefakta.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns malformed requests into clear 400/413 answers naming the field. Funqy answers an unreadable body with a bare
 * 400; we read the body again with the function's input type to say which field is wrong. Failures that are not
 * about the request are left to Quarkus (and logged there).
 */
@ApplicationScoped
public class ErrorResponder {

    @Inject
    ObjectMapper mapper;

    @Inject
    RequestTypes requestTypes;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        Optional<BadRequest> badRequest = badRequest(ctx.failure());
        if (badRequest.isPresent()) {
            write(ctx, 400, badRequest.get().answer());
        } else if (ctx.statusCode() == 400) {
            write(ctx, 400, explainUnreadableBody(ctx));
        } else if (ctx.statusCode() == 413) {
            write(ctx, 413, new ErrorAnswer("Forespørselen er for stor (request body too large). Del filen opp, eller bruk"
                    + " kommandolinjeverktøyet for store filer.", "body", null));
        } else if (ctx.statusCode() == 405) {
            write(ctx, 405, new ErrorAnswer("Bruk POST med en JSON-kropp (use POST with a JSON body).", "method",
                    ctx.request().method().name()));
        } else {
            ctx.next();
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

    private ErrorAnswer explainUnreadableBody(RoutingContext ctx) {
        String body = ctx.body() == null ? null : ctx.body().asString();
        if (body == null || body.isBlank()) {
            return new ErrorAnswer("Forespørselen mangler JSON-kropp (the request body is empty).", "body", null);
        }
        try {
            var node = mapper.readTree(body);
            Optional<Class<?>> type = requestTypes.forPath(ctx.normalizedPath());
            if (type.isPresent()) {
                mapper.treeToValue(node, type.get());
            }
            if (!node.isObject()) {
                return new ErrorAnswer("Kroppen må være et JSON-objekt (the body must be a JSON object).", "body",
                        abbreviate(body));
            }
            return new ErrorAnswer("Forespørselen kunne ikke leses (the request could not be read).", "body",
                    abbreviate(body));
        } catch (JsonMappingException e) {
            if (e.getPath().isEmpty()) {
                return new ErrorAnswer("Kroppen er ikke gyldig JSON: " + e.getOriginalMessage()
                        + " (the body is not valid JSON).", "body", abbreviate(body));
            }
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return new ErrorAnswer("Feltet '" + field + "' har feil type: " + e.getOriginalMessage()
                    + " (field '" + field + "' has the wrong type).", field, null);
        } catch (JsonProcessingException e) {
            return new ErrorAnswer("Kroppen er ikke gyldig JSON: " + e.getOriginalMessage()
                    + " (the body is not valid JSON).", "body", abbreviate(body));
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
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
