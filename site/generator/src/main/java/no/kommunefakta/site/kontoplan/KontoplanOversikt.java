package no.kommunefakta.site.kontoplan;

import java.util.List;

import no.kommunefakta.site.side.Lenke;

/**
 * Index of the chart-of-accounts pages.
 *
 * @param aar       one row per reporting year with links per skjema
 * @param skjema    skjema shown (column headers)
 */
public record KontoplanOversikt(List<AarRad> aar, List<SkjemaInfo> skjema) {

    /**
     * One year.
     *
     * @param aar    year
     * @param lenker one link per skjema
     */
    public record AarRad(int aar, List<Lenke> lenker) {
    }
}
