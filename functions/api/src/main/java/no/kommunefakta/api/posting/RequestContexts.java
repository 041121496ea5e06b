package no.kommunefakta.api.posting;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.posting.ValidationContext;

import no.kommunefakta.api.request.BadRequest;

/** Checks the run context of a request and builds the 48-character record from separate fields. */
final class RequestContexts {
    /** The reporting years the chart of accounts has lists for. */
    static final int FIRST_YEAR = Kontoplan.standard().years().first();
    static final int LAST_YEAR = Kontoplan.standard().years().last();

    private RequestContexts() {
    }

    static ValidationContext context(String skjema, String aargang, String kvartal, String region, String orgnr) {
        if (skjema == null || skjema.isBlank()) {
            throw BadRequest.missing("skjema");
        }
        if (skjema.length() < 2 || skjema.length() > 4) {
            throw new BadRequest("skjema", skjema, "Skjema '" + skjema + "' har feil lengde; bruk f.eks. 0A, 0C eller"
                    + " 0AK1 (skjema must be 2 to 4 characters).");
        }
        if (aargang == null || aargang.isBlank()) {
            throw BadRequest.missing("aargang");
        }
        int year;
        try {
            year = Integer.parseInt(aargang.trim());
        } catch (NumberFormatException e) {
            throw new BadRequest("aargang", aargang, "Årgang '" + aargang + "' er ikke et årstall (aargang must be a"
                    + " year such as 2024).");
        }
        if (aargang.length() != 4 || year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRequest("aargang", aargang, "Årgang " + aargang + " støttes ikke; kontoplanen finnes for "
                    + FIRST_YEAR + "-" + LAST_YEAR + " (aargang must be " + FIRST_YEAR + "-" + LAST_YEAR + ").");
        }
        String q = kvartal == null || kvartal.isEmpty() ? " " : kvartal;
        if (!(q.equals(" ") || q.equals("1") || q.equals("2") || q.equals("3") || q.equals("4"))) {
            throw new BadRequest("kvartal", kvartal, "Kvartal '" + kvartal + "' er ugyldig; bruk 1-4, eller utelat"
                    + " feltet for årsregnskap (kvartal must be 1-4 or absent).");
        }
        if (region == null || region.isBlank()) {
            throw BadRequest.missing("region");
        }
        if (region.length() != 6) {
            throw new BadRequest("region", region, "Region '" + region + "' må ha 6 tegn: kommunenummer + 00, f.eks."
                    + " 110300 (region must be 6 characters).");
        }
        String o = orgnr == null || orgnr.isEmpty() ? ValidationContext.BLANK_ORGNR : orgnr;
        if (o.length() != 9) {
            throw new BadRequest("orgnr", orgnr, "Organisasjonsnummer '" + orgnr + "' må ha 9 tegn (orgnr must be 9"
                    + " characters, or absent).");
        }
        return new ValidationContext(skjema, aargang, q, region, o);
    }

    static String record(ValidationContext context, PostingRequest request) {
        boolean anyField = request.foretaksnr() != null || request.kontoklasse() != null || request.funksjon() != null
                || request.art() != null || request.belop() != null;
        if (request.record() != null) {
            if (anyField) {
                throw new BadRequest("record", request.record(), "Send enten 'record' eller feltene kontoklasse,"
                        + " funksjon, art og belop, ikke begge (give either 'record' or the fields).");
            }
            return request.record();
        }
        if (!anyField) {
            throw new BadRequest("record", null, "Posteringen mangler: send 'record' (48 tegn) eller feltene"
                    + " kontoklasse, funksjon, art og belop (the posting is missing).");
        }
        return context.skjema().substring(0, 2) + context.aargang() + context.kvartal() + context.region()
                + context.orgnr()
                + left("foretaksnr", request.foretaksnr() == null ? "" : request.foretaksnr(), 9)
                + exact("kontoklasse", required("kontoklasse", request.kontoklasse()), 1)
                + left("funksjon", required("funksjon", request.funksjon()), 4)
                + left("art", required("art", request.art()), 3)
                + right("belop", required("belop", request.belop()), 9);
    }

    private static String required(String field, String value) {
        if (value == null) {
            throw BadRequest.missing(field);
        }
        return value;
    }

    private static String exact(String field, String value, int width) {
        if (value.length() != width) {
            throw new BadRequest(field, value, "Feltet '" + field + "' må ha nøyaktig " + width + " tegn (field '"
                    + field + "' must be " + width + " character(s)).");
        }
        return value;
    }

    private static String left(String field, String value, int width) {
        return fits(field, value, width) + " ".repeat(width - value.length());
    }

    private static String right(String field, String value, int width) {
        return " ".repeat(width - fits(field, value, width).length()) + value;
    }

    private static String fits(String field, String value, int width) {
        if (value.length() > width) {
            throw new BadRequest(field, value, "Feltet '" + field + "' er for langt: høyst " + width + " tegn (field '"
                    + field + "' may have at most " + width + " characters).");
        }
        return value;
    }
}
