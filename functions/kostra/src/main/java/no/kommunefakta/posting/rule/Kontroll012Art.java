package no.kommunefakta.posting.rule;

import java.util.SortedSet;
import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * Kontroll 012 : Art. The art (all three characters) must be in the year's list for the skjema and region.
 * ERROR, WARNING when the record's kvartal is 1, 2 or 3. Not run for quarterly skjema.
 */
public final class Kontroll012Art implements PostingRule {
    @Override
    public String control() {
        return "012";
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.harArtsliste() || profil.harPakkeliste(control());
    }

    @Override
    public void check(PostingView p, Profil profil, Consumer<Finding> out) {
        // as the program: only records whose own skjema field is bevilgning (or 0X) are checked
        if (!profil.kontolisteAvviser(control(), p, false, profil::isGyldigArt)) {
            return;
        }
        String value = p.artFelt();
        out.accept(p.finding(control(), profil.severityRecordKvartal(p), "art", value,
                profil.melding("012|" + value, k -> message(value, profil))));
    }

    private static String message(String value, Profil profil) {
        String code = value.trim();
        String skjema = profil.skjema().kode();
        StringBuilder sb = new StringBuilder("Art '").append(value).append('\'');
        profil.kontoplan().artNavn(profil.year(), code).or(() -> profil.kontoplan().artNavn(code))
                .ifPresent(n -> sb.append(" (").append(n).append(')'));
        sb.append(" er ikke gyldig i ").append(skjema).append(" for ").append(profil.year()).append('.');
        if (code.length() == 3 && !value.equals(code)) {
            sb.append(" Arten skal ha tre sifre uten mellomrom.");
        } else if (code.length() < 3 && !code.isEmpty()) {
            sb.append(" Arten skal ha tre sifre med ledende null (f.eks. '0").append(code).append("').");
        }
        SortedSet<Integer> years = profil.kontoplan().aarMedArt(code, profil.skjema().grunnskjema());
        if (!years.isEmpty()) {
            sb.append(" Den var gyldig ").append(Meldinger.aar(years)).append('.');
        }
        String hint = Meldinger.artHint(code);
        sb.append(hint.isEmpty() ? " Velg en art fra kontoplanen for " + profil.year() + " som gjelder " + skjema + "."
                : hint);
        return sb.toString();
    }
}
