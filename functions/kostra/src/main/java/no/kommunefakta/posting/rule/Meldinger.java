package no.kommunefakta.posting.rule;

import java.util.Iterator;
import java.util.SortedSet;

/** Shared pieces of the Norwegian finding texts. */
final class Meldinger {

    private Meldinger() {
    }

    /**
     * The message of an investering control, led by what is really wrong when the record counts as investering only
     * because its kontoklasse is invalid (the official program does so, and SSB will report the same finding).
     */
    static String investering(PostingView p, String message) {
        if (!p.isUkjentKontoklasse()) {
            return message;
        }
        return "Kontoklasse '" + p.kontoklasse() + "' er ugyldig (kontroll 009), og SSBs kontrollprogram regner da"
                + " posteringen som investering; rett kontoklassen (" + p.driftKontoklasse() + " for drift, "
                + p.investeringKontoklasse() + " for investering), så forsvinner denne meldingen om den ikke"
                + " gjelder. " + message;
    }

    /** The note a sum control adds when it counted records as investering only because of an invalid kontoklasse. */
    static String ukjentKontoklasse(int records) {
        return records == 0 ? "" : " Summen omfatter " + records + " postering(er) med ugyldig kontoklasse (kontroll"
                + " 009), som SSBs kontrollprogram regner som investering; rett kontoklassen først.";
    }

    /** "2018–2019" / "2018–2019 og 2024" for a set of years. */
    static String aar(SortedSet<Integer> years) {
        StringBuilder sb = new StringBuilder();
        Iterator<Integer> it = years.iterator();
        Integer start = null;
        Integer prev = null;
        while (it.hasNext()) {
            int y = it.next();
            if (start == null) {
                start = y;
            } else if (y != prev + 1) {
                append(sb, start, prev);
                start = y;
            }
            prev = y;
        }
        if (start != null) {
            append(sb, start, prev);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, int start, int end) {
        if (sb.length() > 0) {
            sb.append(", ");
        }
        sb.append(start);
        if (end != start) {
            sb.append('–').append(end);
        }
    }

    /** Extra guidance for funksjoner that were removed for a reason the user should know. */
    static String funksjonHint(String code) {
        return switch (code) {
            case "190", "490" -> " Interne serviceenheter ble avviklet fra 2020: før kostnadene på lokalefunksjonene"
                    + " (f.eks. 130, 221, 222, 261) eller der de faktisk oppstår, og fordel dem ikke via funksjon "
                    + code + ".";
            case "254" -> " Funksjon 254 ble avviklet etter 2023: før beløpet på den funksjonen i pleie og omsorg"
                    + " som nå dekker tjenesten (f.eks. 253 eller 256).";
            default -> "";
        };
    }

    /** Extra guidance for arter that are not reportable. */
    static String artHint(String code) {
        return switch (code) {
            case "690" -> " Fordelte utgifter (art 690) ble avviklet fra 2020: interne fordelinger skal ikke"
                    + " rapporteres; før utgiftene med riktig art der de oppstår.";
            case "290", "790" -> " Internkjøp (290) og internsalg (790) rapporteres ikke til KOSTRA: eliminer"
                    + " internhusleie og andre interne kjøp/salg før uttrekket.";
            case "270" -> " Fra 2026 er art 270 delt i 271 og 272.";
            default -> "";
        };
    }
}
