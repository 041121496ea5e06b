package no.kommunefakta.api.posting;

import io.quarkus.runtime.annotations.RegisterForReflection;

import java.util.List;

/**
 * Body of {@code POST /validateFile}: the run context and a whole file, either as {@code records} (one string per
 * line) or as {@code content} (the file text, lines separated by LF or CRLF).
 *
 * @param skjema  skjema (required)
 * @param aargang reporting year 2018-2026 (required)
 * @param kvartal blank/absent for annual accounts, 1-4 for quarterly
 * @param region  six-digit region (required)
 * @param orgnr   organisation number (nine characters) or absent; for 2023 also a comma-separated list of them (the
 *                2023 release's {@code -u}: control 007 accepts any of them)
 * @param foretaksnrArgument the company's organisation number as a run argument (nine characters, the 2023 release's
 *                {@code -c/--company-orgnr}): control 008 then requires positions 23-31 of every record to equal it.
 *                Accepted only for 2023; absent, empty or nine blanks means not given (nine blanks)
 * @param records the lines of the file, at most {@link no.kommunefakta.api.request.RequestLimits#MAX_RECORDS} (each at most
 *                {@link no.kommunefakta.api.request.RequestLimits#MAX_LINE_LENGTH} characters)
 * @param content the file as text, at most {@link no.kommunefakta.api.request.RequestLimits#MAX_RECORDS} lines
 */
@RegisterForReflection
public record FileRequest(String skjema, String aargang, String kvartal, String region, String orgnr,
                          String foretaksnrArgument, List<String> records, String content) {
}
