package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 013 : Sektor. The sektor (all three characters) must be in the balance list (0G: blank).
 * ERROR, WARNING when the record's kvartal is 1, 2 or 3.
 */
public final class Kontroll013Sektor implements PostingRule {
    @Override
    public String control() {
        return "013";
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.harSektorliste() || profil.harPakkeliste(control());
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        // as the program: only records whose own skjema field is balanse are checked
        if (!profil.kontolisteAvviser(control(), p, true, profil::isGyldigSektor)) {
            return;
        }
        String value = p.artFelt();
        // 0G (blank sektor only): the program's kirke branch always reports ERROR, whatever the kvartal
        // (the 2023 release has no such branch: the argument kvartal decides as for the other skjema)
        boolean kirke = "0G".equals(profil.skjema().kode()) && profil.utgave().k010PostensKvartal();
        out.accept(p.finding(control(), kirke ? Severity.ERROR : profil.severityRecordKvartal(p), "sektor", value,
                profil.melding("013|" + value, k -> "Sektor '" + value + "' er ikke gyldig i "
                        + profil.skjema().kode() + " for " + profil.year() + ". "
                        + ("0G".equals(profil.skjema().kode())
                        ? "Kirkelig fellesråd skal la sektor (posisjon 37-39) stå blank."
                        : "Bruk en sektorkode fra kontoplanen (f.eks. 000, 110, 550, 900), tre sifre."))));
    }
}
