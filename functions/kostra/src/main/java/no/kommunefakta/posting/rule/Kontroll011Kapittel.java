package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 011 : Kapittel. The kapittel (all four characters, left-aligned) must be in the balance list.
 * ERROR, WARNING when the record's kvartal is 1, 2 or 3.
 */
public final class Kontroll011Kapittel implements PostingRule {
    @Override
    public String control() {
        return "011";
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.harKapittelliste() || profil.harPakkeliste(control());
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        // as the program: only records whose own skjema field is balanse are checked
        if (!profil.kontolisteAvviser(control(), p, true, profil::isGyldigKapittel)) {
            return;
        }
        String value = p.funksjonFelt();
        out.accept(p.finding(control(), profil.severityRecordKvartal(p), "kapittel", value,
                profil.melding("011|" + value, k -> {
                    String trimmed = value.trim();
                    String hint = !trimmed.isEmpty() && !value.startsWith(trimmed)
                            ? " Kapittelet skal venstrejusteres (f.eks. '" + trimmed + "' fulgt av mellomrom)."
                            : " Bruk et kapittel fra balansens kontoplan for " + profil.year() + " (f.eks. 10, 21,"
                            + " 31, 5900, 9100).";
                    return "Kapittel '" + value + "' er ikke gyldig i " + profil.skjema().kode() + " for "
                            + profil.year() + "." + hint;
                })));
    }
}
