package no.kommunefakta.api.request;

import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A body that is JSON but does not bind to a function's input, told in the caller's words, not the parser's. */
public final class BindingErrors {

    private BindingErrors() {
    }

    /** The field at fault as a JSON path, what it must be, and its value; no parser wording. */
    public static BadRequest wrongType(JsonMappingException e, JsonNode tree) {
        JsonPointer pointer = JsonPointer.empty();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer = ref.getFieldName() != null ? pointer.appendProperty(ref.getFieldName())
                    : pointer.appendIndex(ref.getIndex());
        }
        String field = path(e);
        String expected = expected(e instanceof MismatchedInputException m
                ? m.getTargetType() : null);
        JsonNode actual = tree == null ? MissingNode.getInstance() : tree.at(pointer);
        String path = field;
        return new BadRequest(path, actual.isMissingNode() ? null
                : RequestLimits.abbreviate(actual.isTextual() ? actual.asText() : actual.toString()),
                "Feltet '" + path + "' må være " + expected + ", ikke " + kind(actual) + " (field '" + path
                        + "' has the wrong type).");
    }

    /** The JSON path of the failure, e.g. {@code pools[0].users[2].id}; an empty field name shows as {@code ""}. */
    public static String path(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName().isEmpty() ? "\"\"" : ref.getFieldName());
            } else {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static String kind(JsonNode node) {
        if (node.isObject()) {
            return "et objekt";
        }
        if (node.isArray()) {
            return "en liste";
        }
        if (node.isTextual()) {
            return "en tekst";
        }
        if (node.isNumber()) {
            return "et tall";
        }
        if (node.isBoolean()) {
            return "true/false";
        }
        return node.isNull() ? "null" : "denne verdien";
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "av en annen type";
        }
        if (type == String.class || type == Character.class) {
            return "en tekst";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true eller false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "en liste";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "et tall";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "et objekt med tekstverdier";
        }
        return "et objekt";
    }
}
