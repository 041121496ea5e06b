package no.kommunefakta.site.regionside;

import no.kommunefakta.site.output.SiteWriter;
import no.kommunefakta.site.region.Kommune;

/**
 * A page per kommune made from the kommune page's model (e.g. the default comparison). {@link RegionPageProducer}
 * calls it in the same job, right after the kommune page, so each model is built once and is garbage afterwards
 * instead of being kept for a later producer.
 */
@FunctionalInterface
public interface DerivedKommunePage {

    void write(SiteWriter out, Kommune k, RegionSide side);
}
