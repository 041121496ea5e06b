package no.kommunefakta.api.posting;

import static no.kommunefakta.api.request.RequestLimits.MAX_LINE_LENGTH;
import static no.kommunefakta.api.request.RequestLimits.MAX_RECORDS;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import io.quarkus.funqy.Funq;
import no.kommunefakta.api.Routes;
import no.kommunefakta.api.request.BadRequest;
import no.kommunefakta.api.request.RequestLimits;
import no.kommunefakta.posting.validation.FileValidator;
import no.kommunefakta.posting.validation.PostingValidator;
import no.kommunefakta.posting.ValidationContext;

/** The validator as Funqy functions: one posting, or a whole file. */
public class ValidationFunctions {

    private static final PostingValidator POSTING_VALIDATOR = PostingValidator.standard();
    private static final FileValidator FILE_VALIDATOR = FileValidator.standard();

    @Funq(Routes.VALIDATE_POSTING)
    public PostingAnswer validatePosting(PostingRequest request) {
        if (request == null) {
            throw new BadRequest("body", null, "Forespørselen mangler JSON-kropp (the request body is empty).");
        }
        ValidationContext context = RequestContexts.context(request.skjema(), request.aargang(), request.kvartal(),
                request.region(), request.orgnr(), request.foretaksnrArgument());
        if (request.record() != null) {
            checkLineLength("record", 1, request.record());
        }
        String record = RequestContexts.record(context, request);
        return PostingAnswer.of(POSTING_VALIDATOR.validate(context, record));
    }

    @Funq(Routes.VALIDATE_FILE)
    public FileAnswer validateFile(FileRequest request) {
        if (request == null) {
            throw new BadRequest("body", null, "Forespørselen mangler JSON-kropp (the request body is empty).");
        }
        ValidationContext context = RequestContexts.context(request.skjema(), request.aargang(), request.kvartal(),
                request.region(), request.orgnr(), request.foretaksnrArgument());
        if ((request.records() == null) == (request.content() == null)) {
            throw new BadRequest("records", null, "Send enten 'records' (en liste med linjer) eller 'content' (filens"
                    + " tekst), ikke begge og ikke ingen (give exactly one of 'records' and 'content').");
        }
        if (request.records() != null) {
            List<String> records = request.records();
            if (records.size() > MAX_RECORDS) {
                throw tooManyLines("records", String.valueOf(records.size()));
            }
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i) == null) {
                    throw new BadRequest("records[" + i + "]", null, "Linje " + (i + 1)
                            + " er null; hver linje må være en tekst (every record must be a string).");
                }
                checkLineLength("records[" + i + "]", i + 1, records.get(i));
            }
            return FileAnswer.of(FILE_VALIDATOR.validate(context, records));
        }
        checkContent(request.content());
        return FileAnswer.of(FILE_VALIDATOR.validate(context, new BufferedReader(new StringReader(request.content()))));
    }

    /** The lines of {@code content} as {@link BufferedReader} splits them (LF, CR or CRLF): count and lengths. */
    private static void checkContent(String content) {
        int lines = 0;
        int start = 0;
        int n = content.length();
        while (start < n) {
            int end = start;
            while (end < n && content.charAt(end) != '\n' && content.charAt(end) != '\r') {
                end++;
            }
            lines++;
            if (lines > MAX_RECORDS) {
                throw tooManyLines("content", "over " + MAX_RECORDS + " linjer");
            }
            if (end - start > MAX_LINE_LENGTH) {
                checkLineLength("content", lines, content.substring(start, end));
            }
            start = end < n && content.charAt(end) == '\r' && end + 1 < n && content.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
        }
    }

    static void checkLineLength(String field, int line, String record) {
        if (record.length() > MAX_LINE_LENGTH) {
            throw new BadRequest(field, RequestLimits.abbreviate(record), "Linje " + line + " har " + record.length()
                    + " tegn; en KOSTRA-linje har 48, og høyst " + MAX_LINE_LENGTH + " tas imot (a record may have at"
                    + " most " + MAX_LINE_LENGTH + " characters).");
        }
    }

    private static BadRequest tooManyLines(String field, String value) {
        return new BadRequest(field, value,
                "For mange linjer: høyst " + MAX_RECORDS + " per forespørsel; del filen opp eller bruk"
                + " kommandolinjeverktøyet for større filer (at most " + MAX_RECORDS + " records per request).");
    }

    /** A function that does nothing: health check, and the baseline the HTTP benchmark compares against. */
    @Funq(Routes.PING)
    public String ping() {
        return "ok";
    }
}
