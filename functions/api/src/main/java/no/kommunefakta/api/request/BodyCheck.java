package no.kommunefakta.api.request;

import static no.kommunefakta.api.request.RequestLimits.MAX_DEPTH;
import static no.kommunefakta.api.request.RequestLimits.MAX_NUMBER_LENGTH;
import static no.kommunefakta.api.request.RequestLimits.MAX_STRING_LENGTH;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * One streaming pass over a request body before it is bound to the function's input: the body must be one JSON
 * object, syntactically valid UTF-8 JSON, within {@link RequestLimits} (depth, string and number lengths), with no
 * duplicate field names and no unpaired surrogates (which could not be written back in an answer). Every problem is a
 * {@link BadRequest} naming the field (a JSON path such as {@code pools[0].users[2].id}) and the value.
 */
public final class BodyCheck {

    /** The parser's own limits are set above ours (and above the body size) so that ours, naming the field, apply. */
    private final JsonFactory factory = new JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(MAX_DEPTH + 1)
                    .build())
            .build();

    /**
     * Checks {@code body}; {@code unlimitedString} is the one top-level field whose string value is bounded only by
     * the body size (the file text of /validateFile), or null.
     */
    public void check(byte[] body, String unlimitedString) {
        if (isBlank(body)) {
            throw new BadRequest("body", null, "Forespørselen mangler JSON-kropp (the request body is empty).");
        }
        List<Frame> frames = new ArrayList<>();
        try (JsonParser parser = factory.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new BadRequest("body", excerpt(body, 0), "Kroppen må være et JSON-objekt, f.eks. {\"skjema\":"
                        + " \"0A\", ...} (the body must be a JSON object).");
            }
            frames.add(new Frame(true));
            JsonToken token;
            while (!frames.isEmpty() && (token = parser.nextToken()) != null) {
                Frame top = frames.get(frames.size() - 1);
                switch (token) {
                    case FIELD_NAME -> {
                        String name = parser.currentName();
                        top.name = name;
                        if (name.length() > MAX_STRING_LENGTH) {
                            throw new BadRequest(path(frames), RequestLimits.abbreviate(name), "Feltnavnet har "
                                    + name.length() + " tegn; høyst " + MAX_STRING_LENGTH + " er tillatt (field names"
                                    + " may have at most " + MAX_STRING_LENGTH + " characters).");
                        }
                        checkSurrogates(name, name.toCharArray(), 0, name.length(), frames);
                        if (!top.names().add(name)) {
                            throw new BadRequest(path(frames), null, "Feltet '" + path(frames) + "' står to ganger;"
                                    + " gi hvert felt én gang (field '" + path(frames) + "' is given twice).");
                        }
                        continue;
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (frames.size() >= MAX_DEPTH) {
                            throw new BadRequest(path(frames), "dybde " + (frames.size() + 1), "JSON-kroppen er nestet"
                                    + " for dypt: høyst " + MAX_DEPTH + " nivåer med objekter og lister er tillatt"
                                    + " (at most " + MAX_DEPTH + " levels of nesting).");
                        }
                        frames.add(new Frame(token == JsonToken.START_OBJECT));
                        continue;
                    }
                    case END_OBJECT, END_ARRAY -> frames.remove(frames.size() - 1);
                    case VALUE_STRING -> {
                        int length = parser.getTextLength();
                        boolean unlimited = frames.size() == 1 && top.name != null && top.name.equals(unlimitedString);
                        if (length > MAX_STRING_LENGTH && !unlimited) {
                            String value = parser.getText();
                            throw new BadRequest(path(frames), RequestLimits.abbreviate(value), "Teksten i feltet '"
                                    + path(frames) + "' har " + length + " tegn; høyst " + MAX_STRING_LENGTH
                                    + " er tillatt (a string may have at most " + MAX_STRING_LENGTH + " characters).");
                        }
                        checkSurrogates(null, parser.getTextCharacters(), parser.getTextOffset(), length, frames);
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                        if (parser.getTextLength() > MAX_NUMBER_LENGTH) {
                            throw tooLongNumber(path(frames), parser.getText());
                        }
                    }
                    default -> {
                        // true, false, null: nothing to check
                    }
                }
                if (!frames.isEmpty()) {
                    frames.get(frames.size() - 1).next();
                }
            }
            if (!frames.isEmpty()) {
                throw syntax(body, parser.currentLocation(), "slutter før JSON-objektet er lukket"
                        + " (the body ends before the JSON object is closed)");
            }
            if (parser.nextToken() != null) {
                throw syntax(body, parser.currentTokenLocation(), "har mer etter JSON-objektet; send ett objekt"
                        + " (there is more after the JSON object)");
            }
        } catch (StreamConstraintsException e) {
            // the parser's own limits are above ours; kept as a clean answer should one still apply
            throw new BadRequest("body", excerpt(body, offset(e.getLocation())), "Kroppen overskrider en grense for"
                    + " JSON (the body exceeds a JSON limit).");
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input")
                    ? "slutter midt i en verdi (the body ends in the middle of a value)"
                    : "har et tegn som ikke hører hjemme der (unexpected character)";
            throw syntax(body, e.getLocation(), what);
        } catch (IOException e) {
            throw new BadRequest("body", excerpt(body, 0), "Kroppen kunne ikke leses som UTF-8-kodet JSON (the body"
                    + " is not UTF-8 encoded JSON).");
        }
    }

    private static BadRequest tooLongNumber(String field, String value) {
        return new BadRequest(field, RequestLimits.abbreviate(value), "Tallet i feltet '" + field + "' er for langt:"
                + " høyst " + MAX_NUMBER_LENGTH + " tegn (a number may have at most " + MAX_NUMBER_LENGTH
                + " characters).");
    }

    private static BadRequest syntax(byte[] body, JsonLocation location, String what) {
        String where = location == null || location.getLineNr() < 1 ? ""
                : " (linje " + location.getLineNr() + ", tegn " + location.getColumnNr() + ")";
        return new BadRequest("body", excerpt(body, offset(location)), "Kroppen er ikke gyldig JSON" + where + ": "
                + what + ".");
    }

    private static void checkSurrogates(String name, char[] chars, int offset, int length, List<Frame> frames) {
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < offset + length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                String field = path(frames);
                throw new BadRequest(field, String.format("\\u%04x", (int) c), (name == null ? "Teksten i feltet '"
                        + field + "'" : "Feltnavnet '" + field + "'") + " har et ugyldig Unicode-tegn (en ensom"
                        + " surrogat, \\u" + String.format("%04x", (int) c) + ") (unpaired surrogate in a string).");
            }
        }
    }

    private static long offset(JsonLocation location) {
        if (location == null) {
            return 0;
        }
        return location.getByteOffset() >= 0 ? location.getByteOffset() : Math.max(0, location.getCharOffset());
    }

    /** Up to 60 bytes of the body around {@code offset}, decoded leniently (bad bytes become U+FFFD). */
    public static String excerpt(byte[] body, long offset) {
        int from = (int) Math.max(0, Math.min(body.length, offset) - 30);
        int to = Math.min(body.length, from + 60);
        return new String(body, from, to - from, StandardCharsets.UTF_8);
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The JSON path of the current position, e.g. {@code pools[0].users[2].id}; {@code body} at the top. */
    private static String path(List<Frame> frames) {
        StringBuilder path = new StringBuilder();
        for (Frame f : frames) {
            if (f.object) {
                if (f.name != null) {
                    if (!path.isEmpty()) {
                        path.append('.');
                    }
                    path.append(f.name.isEmpty() ? "\"\"" : f.name);
                }
            } else {
                path.append('[').append(f.index).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static final class Frame {
        final boolean object;
        String name;
        int index;
        private Set<String> names;

        Frame(boolean object) {
            this.object = object;
        }

        Set<String> names() {
            if (names == null) {
                names = new HashSet<>();
            }
            return names;
        }

        void next() {
            if (!object) {
                index++;
            }
        }
    }
}
