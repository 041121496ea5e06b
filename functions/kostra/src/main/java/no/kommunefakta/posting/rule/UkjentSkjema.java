package no.kommunefakta.posting.rule;

import java.util.stream.Collectors;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * The control program's dispatcher check ("Ukjent skjema"): a skjema argument it does not know stops everything with
 * a FATAL. The program gives it no number, only the rule name, so the rule name is the control id here too
 * ({@value #CONTROL}, field {@code skjema}). A reporting year outside the embedded chart of accounts is reported the
 * same way as {@value #CONTROL_AARGANG} (field {@code aargang}). The 2018 release also refused a region argument
 * outside its region list before any control ran ("Ugyldig regionnr.", exit 254): control {@code "006"}, FATAL,
 * field {@code region}.
 */
public final class UkjentSkjema {

    public static final String CONTROL = "Ukjent skjema";
    public static final String CONTROL_AARGANG = "Ukjent årgang";

    private UkjentSkjema() {
    }

    public static Finding skjema(String skjema) {
        String kjente = Skjema.kommunale().stream().map(Skjema::kode).collect(Collectors.joining(", "));
        return new Finding(CONTROL, Severity.FATAL, "skjema", skjema == null ? "" : skjema,
                "Skjema '" + skjema + "' er ukjent for KOSTRA-kontrollen av regnskap. Korriger filuttrekket og"
                        + " oppgi et av skjemaene " + kjente + ".");
    }

    public static Finding region(String region) {
        return new Finding("006", Severity.FATAL, "region", region == null ? "" : region,
                "Region '" + region + "' er ikke et kommune-, fylkeskommune- eller bydelsnummer i årgangens"
                        + " kontrollprogram. Oppgi regionnummeret slik det var dette året (6 siffer).");
    }

    /**
     * A skjema the year's release has no program for ({@code regler.csv} {@code skjema_uten_program}: 0M-0Q in the
     * 2018 release): its dispatcher throws "ikke en gyldig regnskapstype", exit 2, so ERROR.
     */
    public static Finding utenProgram(String skjema, int year) {
        return new Finding(CONTROL, Severity.ERROR, "skjema", skjema,
                "Skjema '" + skjema + "' fantes ikke i kontrollprogrammet for " + year + ". Lever regnskapet på"
                        + " skjemaet som gjaldt det året.");
    }

    public static Finding aargang(String aargang, Kontoplan kontoplan) {
        return new Finding(CONTROL_AARGANG, Severity.FATAL, "aargang", aargang == null ? "" : aargang,
                "Årgang '" + aargang + "' har ingen kontoplan her. Oppgi et rapporteringsår fra "
                        + kontoplan.years().first() + " til " + kontoplan.years().last() + ".");
    }
}
