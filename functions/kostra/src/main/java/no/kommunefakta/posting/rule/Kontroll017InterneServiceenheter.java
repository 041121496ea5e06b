package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Historical "Kontroll 17, funksjon 190/490" of the 2018 and 2019 programs (interne serviceenheter): in the years in
 * which funksjon 190 (kommune skjema 0A, 0I, 0M) or 490 (fylke skjema 0C, 0K, 0P) is valid, postings on it must be
 * fully redistributed within drift (arts 010-590 and 600-990) and within investering: |sum| &lt; 30 for each.
 * Skipped for Oslo bydeler. The old CRITICAL severity blocked submission; it maps to ERROR.
 */
public final class Kontroll017InterneServiceenheter implements FileRule {
    @Override
    public int kontotyper() {
        return PostingView.M_DRIFT | PostingView.M_INVESTERING;
    }

    @Override
    public String control() {
        return "017";
    }

    /** Funksjon 190 for the kommune skjema, 490 for the fylke skjema, empty for the others. */
    private static java.util.Optional<String> funksjon(Profil profil) {
        return switch (profil.skjema().kode()) {
            case "0A", "0I", "0M" -> java.util.Optional.of("190");
            case "0C", "0K", "0P" -> java.util.Optional.of("490");
            default -> java.util.Optional.empty();
        };
    }

    @Override
    public boolean appliesTo(Profil profil) {
        return funksjon(profil).filter(f -> profil.kontoplan().gyldigeFunksjoner(profil.year(),
                profil.skjema().kode(), "000000", "").contains(f)).isPresent();
    }

    @Override
    public Accumulator start(Profil profil) {
        String funksjon = funksjon(profil).orElseThrow();
        int f = Integer.parseInt(funksjon);
        return new Accumulator() {
            long drift;
            long investering;

            @Override
            public void add(PostingView p) {
                if (p.funksjon3() != f || p.isOsloBydel()) {
                    return;
                }
                int a = p.artInt();
                if (p.isDrift() && (a >= 10 && a <= 590 || a >= 600 && a <= 990)) {
                    drift += p.belop();
                } else if (p.isInvestering()) {
                    investering += p.belop();
                }
            }

            @Override
            public void finish(Consumer<Finding> out) {
                report(out, drift, "driftsregnskapet");
                report(out, investering, "investeringsregnskapet");
            }

            private void report(Consumer<Finding> out, long sum, String del) {
                if (Math.abs(sum) >= 30) {
                    out.accept(FilFunn.of(control(), Severity.ERROR, sum,
                            "Differanse i interne serviceenheter (funksjon " + funksjon + ") i " + del + ": " + sum
                                    + " (tillatt under ±30). Kostnadene på funksjon " + funksjon + " skal fordeles"
                                    + " fullt ut til funksjonene som bruker tjenestene; rett opp i filen slik at"
                                    + " funksjon " + funksjon + " går i 0."));
                }
            }
        };
    }
}
