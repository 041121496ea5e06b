package no.kommunefakta.posting.rule;

import java.util.SortedSet;
import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 010 : Funksjon. The trimmed funksjon must be in the year's list for the skjema, region and orgnr.
 * ERROR, WARNING when the record's kvartal is 1, 2 or 3.
 */
public final class Kontroll010Funksjon implements PostingRule {
    @Override
    public String control() {
        return "010";
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.harFunksjonsliste() || profil.harPakkeliste(control());
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        // as the program: only records whose own skjema field is bevilgning (or 0X) are checked
        if (!profil.kontolisteAvviser(control(), p, false, profil::isGyldigFunksjonSomFelt)) {
            return;
        }
        String value = p.funksjonFelt();
        String code = value.trim();
        out.accept(p.finding(control(), profil.severityRecordKvartal(p), "funksjon", value,
                profil.melding("010|" + code, k -> message(code, profil))));
    }

    private static String message(String code, Profil profil) {
        String skjema = profil.skjema().kode();
        int year = profil.year();
        StringBuilder sb = new StringBuilder("Funksjon ").append(code.isEmpty() ? "(blank)" : code);
        profil.kontoplan().funksjonNavn(year, skjema, code).or(() -> profil.kontoplan().funksjonNavn(code))
                .ifPresent(n -> sb.append(" (").append(n).append(')'));
        sb.append(" er ikke gyldig i ").append(skjema).append(" for ").append(year)
                .append(" (region ").append(profil.context().region()).append(").");
        SortedSet<Integer> years = profil.kontoplan().aarMedFunksjon(code, profil.skjema().grunnskjema());
        if (!years.isEmpty()) {
            sb.append(" Den var gyldig ").append(Meldinger.aar(years)).append('.');
        }
        String hint = Meldinger.funksjonHint(code);
        if (!hint.isEmpty()) {
            sb.append(hint);
        } else {
            sb.append(" Velg en funksjon fra kontoplanen for ").append(year).append(" som gjelder ").append(skjema)
                    .append(" (tre sifre, venstrejustert i posisjon 33-36).");
        }
        return sb.toString();
    }
}
