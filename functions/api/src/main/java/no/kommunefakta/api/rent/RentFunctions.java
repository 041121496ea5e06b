package no.kommunefakta.api.rent;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import no.kommunefakta.api.Routes;
import no.kommunefakta.api.request.BadRequest;
import no.kommunefakta.api.request.BindingErrors;
import no.kommunefakta.api.request.RequestLimits;
import no.kommunefakta.rent.RentAllocation;
import no.kommunefakta.rent.RentAllocator;
import no.kommunefakta.rent.RentInputException;
import no.kommunefakta.rent.RentRequest;

/** Internal-rent allocation as a Funqy function: {@code POST /allocateInternalRent}. */
public class RentFunctions {

    private final ObjectMapper mapper;

    @Inject
    public RentFunctions(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads the body strictly: a field the request does not define is refused, never silently dropped. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Splits the pools' costs over their users and returns the shares, the internal rent, the reportable KOSTRA
     * postings of the year's regime and the validators' verdict on them. Bad input is answered with HTTP 400 naming
     * the field and value.
     */
    @Funq(Routes.ALLOCATE_INTERNAL_RENT)
    public RentAllocation allocateInternalRent(JsonNode body) {
        RentAllocation answer;
        try {
            answer = RentAllocator.standard().allocate(read(body));
        } catch (RentInputException e) {
            throw new BadRequest(e.field(), e.value(), e.getMessage());
        }
        long size = RentJson.escapedSize(mapper, answer);
        if (size > RentJson.MAX_ANSWER_BYTES) {
            String parts = "[" + String.join(", ", answer.include()) + "]";
            throw new BadRequest("include", parts, "Svaret med delene " + parts + " ville bli " + size
                    + " byte, over grensen på " + RentJson.MAX_ANSWER_BYTES + " byte (AWS Lambdas svargrense); be om "
                    + "færre deler i include, eller send poolene i flere forespørsler (the answer with these parts "
                    + "would be " + size + " bytes, over the limit of " + RentJson.MAX_ANSWER_BYTES + " bytes; ask for "
                    + "fewer parts in include or send the pools in several requests).");
        }
        return answer;
    }

    static RentRequest read(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new BadRequest("body", null, "Forespørselen mangler JSON-kropp (the request body is empty).");
        }
        if (!body.isObject()) {
            throw new BadRequest("body", RequestLimits.abbreviate(body.toString()),
                    "Kroppen må være et JSON-objekt (the body must be a JSON object).");
        }
        try {
            return STRICT.treeToValue(body, RentRequest.class);
        } catch (UnrecognizedPropertyException e) {
            String field = BindingErrors.path(e);
            List<String> known = new ArrayList<>();
            e.getKnownPropertyIds().forEach(id -> known.add(id.toString()));
            known.sort(null);
            throw new BadRequest(field, RequestLimits.abbreviate(valueAt(body, e)), "Feltet '" + field + "' finnes ikke i "
                    + "forespørselen og ville blitt oversett; kjente felt her: " + String.join(", ", known)
                    + " (field '" + field + "' is not part of the request; known fields here: "
                    + String.join(", ", known) + ").");
        } catch (JsonMappingException e) {
            throw BindingErrors.wrongType(e, body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("body", null, "Forespørselen kunne ikke leses (the request could not be read).");
        }
    }

    private static String valueAt(JsonNode body, JsonMappingException e) {
        JsonNode node = body;
        for (JsonMappingException.Reference ref : e.getPath()) {
            node = ref.getFieldName() != null ? node.path(ref.getFieldName()) : node.path(ref.getIndex());
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
