package no.kommunefakta.api.posting;

import java.util.function.Predicate;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.posting.ValidationContext;
import no.kommunefakta.posting.rule.Utgave;

import no.kommunefakta.api.request.BadRequest;

/**
 * Checks the run context of a request and builds the 48-character record from separate fields.
 *
 * <p>The run arguments follow the release of SSB's program that judges the year ({@link Utgave}): the 2023 release
 * (e6e4585d) takes a separate company number ({@code -c/--company-orgnr}, here {@code foretaksnrArgument}) and a
 * comma-separated orgnr list in {@code -u}; the other releases have no company-number option (the program refuses an
 * unknown option) and compare {@code -u} as a whole, so a list would fail 007 on every record. Both are therefore
 * refused with 400 for those years rather than silently ignored.
 */
final class RequestContexts {
    /** The reporting years the chart of accounts has lists for. */
    static final int FIRST_YEAR = Kontoplan.standard().years().first();
    static final int LAST_YEAR = Kontoplan.standard().years().last();

    private RequestContexts() {
    }

    /** The field name of the company-number run argument (the posting's own {@code foretaksnr} is another thing). */
    static final String FORETAKSNR_ARGUMENT = "foretaksnrArgument";

    static ValidationContext context(String skjema, String aargang, String kvartal, String region, String orgnr,
                                     String foretaksnrArgument) {
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
        Utgave utgave = Utgave.forAar(year);
        String o = orgnr(orgnr, aargang, utgave);
        String f = foretaksnrArgument(foretaksnrArgument, aargang, utgave);
        return new ValidationContext(skjema, aargang, q, region, o, f);
    }

    private static String orgnr(String orgnr, String aargang, Utgave utgave) {
        String o = orgnr == null || orgnr.isEmpty() ? ValidationContext.BLANK_ORGNR : orgnr;
        if (o.indexOf(',') >= 0) {
            if (!utgave.k007OrgnrListe()) {
                throw new BadRequest("orgnr", orgnr, "Organisasjonsnummer '" + orgnr + "' er en liste; en"
                        + " kommaseparert liste tas bare imot for årgang " + years(Utgave::k007OrgnrListe)
                        + " (SSBs program for årgang " + aargang + " sammenligner hele argumentet, så alle poster ville"
                        + " få kontroll 007). Oppgi ett organisasjonsnummer på 9 tegn (a comma-separated orgnr list"
                        + " is accepted only for " + years(Utgave::k007OrgnrListe) + ").");
            }
            for (String one : o.split(",", -1)) {
                if (one.length() != 9) {
                    throw new BadRequest("orgnr", orgnr, "Organisasjonsnummer '" + one + "' i listen '" + orgnr
                            + "' må ha 9 tegn; skill numrene med komma uten mellomrom, f.eks. 964338531,974760673"
                            + " (every orgnr in the list must be 9 characters).");
                }
            }
            return o;
        }
        if (o.length() != 9) {
            throw new BadRequest("orgnr", orgnr, "Organisasjonsnummer '" + orgnr + "' må ha 9 tegn (orgnr must be 9"
                    + " characters, or absent).");
        }
        return o;
    }

    private static String foretaksnrArgument(String value, String aargang, Utgave utgave) {
        if (value == null || value.isEmpty() || value.equals(ValidationContext.BLANK_ORGNR)) {
            return ValidationContext.BLANK_ORGNR;
        }
        if (!utgave.k008MotForetaksnr()) {
            throw new BadRequest(FORETAKSNR_ARGUMENT, value, "Foretaksnummer-argumentet '" + value + "' tas bare imot"
                    + " for årgang " + years(Utgave::k008MotForetaksnr) + "; SSBs program for " + aargang + " har ikke"
                    + " dette argumentet (kontroll 008 godtar der blankt eller orgnr). Utelat feltet ("
                    + FORETAKSNR_ARGUMENT + " is accepted only for " + years(Utgave::k008MotForetaksnr) + ").");
        }
        if (value.length() != 9) {
            throw new BadRequest(FORETAKSNR_ARGUMENT, value, "Foretaksnummer '" + value + "' må ha 9 tegn"
                    + " (" + FORETAKSNR_ARGUMENT + " must be 9 characters, or absent).");
        }
        return value;
    }

    /** The years whose judging release has the setting, e.g. "2023". */
    private static String years(Predicate<Utgave> setting) {
        return Utgave.aarMed(setting).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
    }

    /** The orgnr the record built from fields carries: the argument, or the first of a 2023 comma list. */
    private static String recordOrgnr(ValidationContext context) {
        int comma = context.orgnr().indexOf(',');
        return comma < 0 ? context.orgnr() : context.orgnr().substring(0, comma);
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
                + recordOrgnr(context)
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
