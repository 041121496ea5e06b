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
 * @param orgnr   organisation number (nine characters) or absent
 * @param records the lines of the file, at most {@link no.kommunefakta.api.request.RequestLimits#MAX_RECORDS} (each at most
 *                {@link no.kommunefakta.api.request.RequestLimits#MAX_LINE_LENGTH} characters)
 * @param content the file as text, at most {@link no.kommunefakta.api.request.RequestLimits#MAX_RECORDS} lines
 */
@RegisterForReflection
public record FileRequest(String skjema, String aargang, String kvartal, String region, String orgnr,
                          List<String> records, String content) {
}
