package no.kommunefakta.posting.rule;

import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * "Kontroll 10, beløp mangler for" of the 2018 and 2019 releases' kirke balance package ({@code regn0G/Control10}),
 * which has no counterpart in the later numbering and keeps its own title as its id: the file must have a record of
 * kapittel 10, 13, 56 and 5990 each (the kapittel field up to its first blank) whose belop reads as an integer (any
 * value; the last such record of a kapittel decides). Else one WARNING for the file, without lines. Runs only in a
 * release with per-skjema packages ({@link Pakke}) for the 0G package.
 */
public final class Kirke0GBelopMangler implements FileRule {

    /** The control id: the package and the release's title. */
    public static final String CONTROL = "0G Kontroll 10, beløp mangler for";

    private static final List<String> KAPITLER = List.of("10", "13", "56", "5990");

    @Override
    public String control() {
        return CONTROL;
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return profil.pakke().filter(p -> "0G".equals(p.pakke())).isPresent();
    }

    @Override
    public Accumulator start(Profil profil) {
        return new Accumulator() {
            final boolean[] belop = new boolean[KAPITLER.size()];

            @Override
            public void add(PostingView p) {
                int i = KAPITLER.indexOf(Pakke.tilBlank(p.field(32, 36)));
                if (i >= 0) {
                    String b = p.field(39, 48);
                    try {
                        Integer.parseInt(b.substring(b.lastIndexOf(' ') + 1));
                        belop[i] = true;
                    } catch (NumberFormatException e) {
                        belop[i] = false;
                    }
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                StringBuilder mangler = new StringBuilder();
                for (int i = 0; i < belop.length; i++) {
                    if (!belop[i]) {
                        mangler.append(mangler.isEmpty() ? "" : ", ").append(KAPITLER.get(i));
                    }
                }
                if (!mangler.isEmpty()) {
                    out.accept(new Finding(CONTROL, Severity.WARNING, "fil", mangler.toString(),
                            "Beløp mangler for kapittel " + mangler + " (kasse og bankinnskudd, kortsiktige fordringer,"
                                    + " disposisjonsfond, kapitalkonto). Før beløpet på kapitlet."));
                }
            }
        };
    }
}
