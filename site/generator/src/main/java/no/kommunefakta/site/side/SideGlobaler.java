package no.kommunefakta.site.side;

import io.quarkus.qute.TemplateGlobal;

/**
 * Values every page shows (the footer's freshness), as Qute template globals. Set once per render, before any page is
 * rendered; renders do not overlap (the generator is called by one command or one Lambda invocation at a time).
 */
@TemplateGlobal
public final class SideGlobaler {

    private static volatile Ferskhet gjeldende = new Ferskhet("ukjent", "ukjent", "", "");

    private SideGlobaler() {
    }

    /** The freshness of the render in progress. */
    static Ferskhet ferskhet() {
        return gjeldende;
    }

    public static void settFerskhet(Ferskhet f) {
        gjeldende = f;
    }
}
