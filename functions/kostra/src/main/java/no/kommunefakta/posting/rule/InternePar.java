package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Controls 210-220: two arts on funksjon 041-045 must balance within ±30 (kirkelig fellesråd); when the release sums
 * every record ({@link Utgave#sumAllePoster()}) the two arts of every record, whatever its funksjon and skjema field,
 * and only for a bevilgning (0F) argument.
 */
final class InternePar implements FileRule.Accumulator {
    private final String control;
    private final int art1;
    private final int art2;
    private final String tekst;
    private final boolean allePoster;
    private final boolean utenfor;
    private long sum;

    InternePar(Profil profil, String control, int art1, int art2, String tekst) {
        // the Java releases run 210-220 in the 0F part of kirkekostra/Main.doControls only (not for a 0G argument)
        this.allePoster = profil.utgave().sumAllePoster();
        this.utenfor = allePoster && !profil.skjema().isBevilgning();
        this.control = control;
        this.art1 = art1;
        this.art2 = art2;
        this.tekst = tekst;
    }

    @Override
    public void add(PostingView p) {
        int f = p.funksjonInt();
        int a = p.art3();
        if (!utenfor && (allePoster || p.isBevilgning() && f >= 41 && f <= 45) && (a == art1 || a == art2)) {
            sum += p.belop();
        }
    }

    @Override
    public void finish(Consumer<Finding> out) {
        if (FilFunn.utenfor(sum, 30)) {
            String hvor = allePoster ? "" : " på funksjon 041-045";
            out.accept(FilFunn.of(control, Severity.ERROR, sum, tekst + hvor + " avviker med " + sum
                    + " (tillatt ±30). Beløpene skal motsvare hverandre."));
        }
    }
}
