package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;

/**
 * A whole-file control that only the per-skjema packages of the 2018 and 2019 releases have and that has no number in
 * the project's numbering: its id is the package and the package's own title (e.g. {@code "0A Kontroll 19, art 490"},
 * the sum of art 490 must be 0), its rows of {@code filkontroller-pakker.csv} decide it ({@link Pakkekontroller}).
 * It runs only for the releases and packages with such a row.
 */
public final class Pakkekontroll implements FileRule {
    private final String control;

    Pakkekontroll(String control) {
        this.control = control;
    }

    @Override
    public String control() {
        return control;
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return Pakkekontroller.styrer(profil.utgave(), control);
    }

    @Override
    public Accumulator start(Profil profil) {
        // only reached without a row of the table for this run, which Profil#fileRules leaves out: nothing to report
        return new Accumulator() {
            @Override
            public void add(PostingView posting) {
            }

            @Override
            public void finish(Consumer<Finding> out) {
            }
        };
    }
}
