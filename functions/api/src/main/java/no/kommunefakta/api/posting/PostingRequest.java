package no.kommunefakta.api.posting;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Body of {@code POST /validatePosting}: the run context and one posting, either as the 48-character {@code record}
 * exactly as in the file, or as separate fields.
 *
 * @param skjema      skjema, e.g. {@code 0A} or {@code 0AK2} (required)
 * @param aargang     reporting year 2018-2026 (required)
 * @param kvartal     blank/absent for annual accounts, 1-4 for quarterly
 * @param region      six-digit region, e.g. {@code 110300} (required)
 * @param orgnr       organisation number (nine characters) or absent; for 2023 also a comma-separated list of them
 *                    (the 2023 release's {@code -u}: control 007 accepts any of them). A record built from the fields
 *                    carries the first.
 * @param foretaksnrArgument the company's organisation number as a run argument (nine characters, the 2023 release's
 *                    {@code -c/--company-orgnr}): control 008 then requires positions 23-31 of the posting to equal
 *                    it. Accepted only for 2023; absent, empty or nine blanks means not given (nine blanks). Not the
 *                    posting's own {@code foretaksnr} below.
 * @param record      the 48-character record; give either this or the fields below
 * @param foretaksnr  the posting's own foretaksnummer field (positions 23-31), optional
 * @param kontoklasse kontoklasse, one character
 * @param funksjon    funksjon (3 digits) or balance kapittel (up to 4 characters)
 * @param art         art or balance sektor (3 characters)
 * @param belop       amount in 1000 NOK, an integer
 */
@RegisterForReflection
public record PostingRequest(String skjema, String aargang, String kvartal, String region, String orgnr,
                             String foretaksnrArgument, String record, String foretaksnr, String kontoklasse,
                             String funksjon, String art, String belop) {
}
