package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Controls 170-185: one funksjon in one kontotype must net to 0 within ±30 (kommune or fylke skjema records; in the Java
 * releases, {@link Utgave#sumAllePoster()}, every record of a 0A/0M resp. 0C/0P argument).
 */
final class NettoNull implements FileRule.Accumulator {
    private final String control;
    private final int funksjon;
    private final int kontotype;
    private final boolean kommune;
    private final String tekst;
    /** The Java releases ({@link Utgave#sumAllePoster()}): decided by the argument, every record of the kontotype. */
    private final boolean etterArgument;
    private final boolean argumentOmfattet;
    private long sum;

    NettoNull(Profil profil, String control, int funksjon, int kontotype, boolean kommune, String tekst) {
        this.etterArgument = profil.utgave().sumAllePoster();
        String skjema = profil.argSkjema2();
        // the Java releases: 170/175 for a 0A/0M argument, 180/185 for a 0C/0P argument, for an Oslo bydel argument
        // 180/185 only where the release says so (Utgave#k180OsloBydel)
        this.argumentOmfattet = kommune ? ("0A".equals(skjema) || "0M".equals(skjema)) && !profil.argOsloBydel()
                : ("0C".equals(skjema) || "0P".equals(skjema)) && (profil.utgave().k180OsloBydel() || !profil.argOsloBydel());
        this.control = control;
        this.funksjon = funksjon;
        this.kontotype = kontotype;
        this.kommune = kommune;
        this.tekst = tekst;
    }

    @Override
    public void add(PostingView p) {
        if (p.kontotype() == kontotype && p.funksjon3() == funksjon && (etterArgument ? argumentOmfattet
                : kommune ? p.isKommuneSkjema() && !p.isOsloBydel() : p.isFylkeSkjema())) {
            sum += p.belop();
        }
    }

    @Override
    public void finish(Consumer<Finding> out) {
        if (FilFunn.utenfor(sum, 30)) {
            out.accept(FilFunn.of(control, Severity.ERROR, sum, tekst + " går ikke i 0 (sum " + sum
                    + ", tillatt ±30). Utgiftene skal motsvares av refusjoner fra deltakerne på samme funksjon."));
        }
    }
}
