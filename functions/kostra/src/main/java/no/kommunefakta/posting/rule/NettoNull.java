package no.kommunefakta.posting.rule;

import java.util.function.Consumer;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/** Controls 170-185: one funksjon in one kontotype must net to 0 within ±30 (kommune or fylke skjema records). */
final class NettoNull implements FileRule.Accumulator {
    private final String control;
    private final int funksjon;
    private final int kontotype;
    private final boolean kommune;
    private final String tekst;
    private long sum;

    NettoNull(String control, int funksjon, int kontotype, boolean kommune, String tekst) {
        this.control = control;
        this.funksjon = funksjon;
        this.kontotype = kontotype;
        this.kommune = kommune;
        this.tekst = tekst;
    }

    @Override
    public void add(PostingView p) {
        if (p.kontotype() == kontotype && p.funksjon3() == funksjon
                && (kommune ? p.isKommuneSkjema() && !p.isOsloBydel() : p.isFylkeSkjema())) {
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
