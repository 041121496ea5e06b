package no.kommunefakta.site.region;

import java.util.List;

/**
 * Where a kommunenummer no longer in use went.
 *
 * @param gammelKode   old kommunenummer
 * @param gammeltNavn  name under the old number (Klass change list), empty if not known
 * @param gyldigTil    last year the number was in use, 0 if unknown
 * @param tilKoder     today's kommunenummer it became part of (several if it was split)
 */
public record Omkoding(String gammelKode, String gammeltNavn, int gyldigTil, List<String> tilKoder) {
}
