package no.kommunefakta.posting;

import io.quarkus.funqy.Funq;
import no.kommunefakta.error.BadRequest;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

/** The validator as Funqy functions: one posting, or a whole file. */
public class ValidationFunctions {

    /** Most records one {@code /validateFile} request may carry; larger files go through the command-line tool. */
    public static final int MAX_RECORDS = 100_000;

    private static final PostingValidator POSTING_VALIDATOR = PostingValidator.standard();
    private static final FileValidator FILE_VALIDATOR = FileValidator.standard();

    @Funq("validatePosting")
    public PostingAnswer validatePosting(PostingRequest request) {
        if (request == null) {
            throw new BadRequest("body", null, "Forespørselen mangler JSON-kropp (the request body is empty).");
        }
        ValidationContext context = RequestContexts.context(request.skjema(), request.aargang(), request.kvartal(),
                request.region(), request.orgnr());
        String record = RequestContexts.record(context, request);
        return PostingAnswer.of(POSTING_VALIDATOR.validate(context, record));
    }

    @Funq("validateFile")
    public FileAnswer validateFile(FileRequest request) {
        if (request == null) {
            throw new BadRequest("body", null, "Forespørselen mangler JSON-kropp (the request body is empty).");
        }
        ValidationContext context = RequestContexts.context(request.skjema(), request.aargang(), request.kvartal(),
                request.region(), request.orgnr());
        if ((request.records() == null) == (request.content() == null)) {
            throw new BadRequest("records", null, "Send enten 'records' (en liste med linjer) eller 'content' (filens"
                    + " tekst), ikke begge og ikke ingen (give exactly one of 'records' and 'content').");
        }
        if (request.records() != null) {
            List<String> records = request.records();
            if (records.size() > MAX_RECORDS) {
                throw new BadRequest("records", String.valueOf(records.size()), "For mange linjer: " + records.size()
                        + ". Høyst " + MAX_RECORDS + " per forespørsel; bruk kommandolinjeverktøyet for større filer"
                        + " (at most " + MAX_RECORDS + " records per request).");
            }
            for (int i = 0; i < records.size(); i++) {
                if (records.get(i) == null) {
                    throw new BadRequest("records[" + i + "]", null, "Linje " + (i + 1)
                            + " er null; hver linje må være en tekst (every record must be a string).");
                }
            }
            return FileAnswer.of(FILE_VALIDATOR.validate(context, records));
        }
        long lines = request.content().chars().filter(c -> c == '\n').count() + 1;
        if (lines > MAX_RECORDS) {
            throw new BadRequest("content", lines + " linjer", "For mange linjer: " + lines + ". Høyst " + MAX_RECORDS
                    + " per forespørsel; bruk kommandolinjeverktøyet for større filer.");
        }
        return FileAnswer.of(FILE_VALIDATOR.validate(context, new BufferedReader(new StringReader(request.content()))));
    }

    /** A function that does nothing: health check, and the baseline the HTTP benchmark compares against. */
    @Funq("ping")
    public String ping() {
        return "ok";
    }
}
