package no.kommunefakta.posting.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 02 : Filbeskrivelse, only in the Java release that judges 2022 data ({@link Utgave#k002Filbeskrivelse()};
 * {@code control/felles/ControlFilbeskrivelse.java} with the file description completed by the run arguments,
 * {@code Utils.mergeFieldDefinitionsAndArguments}), for annual and kirke files: skjema (1-2), aargang (3-6), region
 * (8-13) and belop (40-48) must not be blank; a non-blank skjema, aargang or region must equal the argument (ignoring
 * case), a non-blank orgnr (14-22) one of the comma-separated orgnr argument, a non-blank foretaksnr (23-31) the
 * foretaksnr argument or one of the orgnr, and a non-blank belop an integer. One ERROR per record, naming every field
 * that fails.
 */
public final class Kontroll002Filbeskrivelse implements PostingRule {
    @Override
    public String control() {
        return "002";
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.utgave().k002Filbeskrivelse();
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        var c = profil.context();
        List<String> feil = new ArrayList<>(2);
        kode(p, 0, 2, "skjema", List.of(c.skjema()), feil, true);
        kode(p, 2, 6, "aargang", List.of(c.aargang()), feil, true);
        kode(p, 7, 13, "region", List.of(c.region()), feil, true);
        List<String> orgnr = List.of(c.orgnr().split(","));
        kode(p, 13, 22, "orgnr", orgnr, feil, false);
        kode(p, 22, 31, "foretaksnr", List.of((c.foretaksnr() + "," + c.orgnr()).split(",")), feil, false);
        String belop = p.field(39, 48).trim();
        if (belop.isEmpty()) {
            feil.add("belop (obligatorisk)");
        } else if (!heltall(belop)) {
            feil.add("belop ('" + belop + "' er ikke et heltall)");
        }
        if (feil.isEmpty()) {
            return;
        }
        String first = feil.get(0);
        String field = first.substring(0, first.indexOf(' '));
        out.accept(p.finding(control(), Severity.ERROR, field, p.field(0, 48),
                "Posteringen følger ikke filbeskrivelsen: " + String.join(", ", feil)
                        + ". Rett feltene slik at de stemmer med skjema, årgang, region og organisasjonsnummer for"
                        + " filen, og før beløpet som et heltall."));
    }

    private static void kode(PostingView p, int from, int to, String name, List<String> koder, List<String> feil,
                             boolean obligatorisk) {
        String value = p.field(from, to);
        if (value.trim().isEmpty()) {
            if (obligatorisk) {
                feil.add(name + " (obligatorisk)");
            }
            return;
        }
        for (String k : koder) {
            if (k.equalsIgnoreCase(value)) {
                return;
            }
        }
        feil.add(name + " ('" + value + "' er ikke " + String.join(" eller ", koder) + ")");
    }

    private static boolean heltall(String s) {
        try {
            Integer.parseInt(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
