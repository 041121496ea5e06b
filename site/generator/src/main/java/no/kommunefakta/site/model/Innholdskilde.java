package no.kommunefakta.site.model;

import java.time.Instant;
import java.util.Optional;

/**
 * Which SSB table, content code and label fill one part of a key figure, and when: for {@code /om/} and the release
 * log. Built from the catalogue ({@code grunnlag.csv}: the label rule), the refresh's code choices
 * ({@code kodevalg.csv}) and the tables' freshness ({@code refresh-status.csv}).
 *
 * @param figur        key figure id
 * @param serie        base series id
 * @param rolle        {@code teller}, {@code nevner} or {@code publisert}
 * @param tabell       SSB table id
 * @param tittel       table title
 * @param kode         content code the data were read with (the chosen one, else the configured one; empty if none yet)
 * @param etikett      SSB's label of that code as seen in the table's metadata, empty if not checked yet
 * @param etikettregel the series' label rule, e.g. «Andel barn 1-5 år i barnehage» (prosent)
 * @param andreKoder   the series' other dimension values, e.g. {@code KOKfunksjon0000=244, KOKart0000=AGD2}
 * @param hentet       when data for the series last arrived
 * @param utfall       {@code OK}, {@code NY_KODE}, {@code FEIL}, or {@code IKKE_KONTROLLERT} (never checked against metadata)
 * @param melding      the refresh's message for the series, empty if none
 */
public record Innholdskilde(String figur, String serie, String rolle, String tabell, String tittel, String kode, String etikett,
        String etikettregel, String andreKoder, Optional<Instant> hentet, String utfall, String melding) {
}
