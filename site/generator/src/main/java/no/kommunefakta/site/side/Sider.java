package no.kommunefakta.site.side;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe page templates in {@code templates/Sider/}; layouts, partials and tags sit beside them. */
@CheckedTemplate(basePath = "Sider")
public final class Sider {

    private Sider() {
    }

    public static native TemplateInstance region(RegionSide side);

    public static native TemplateInstance forside(Forside side);

    public static native TemplateInstance omkoding(OmkodingSide side);

    public static native TemplateInstance om(OmSide side);

    public static native TemplateInstance nedlastinger(NedlastingSide side);

    public static native TemplateInstance ikkeFunnet();

    public static native TemplateInstance kontoplan(no.kommunefakta.site.kontoplan.KontoplanSide side);

    public static native TemplateInstance kontoplanOversikt(no.kommunefakta.site.kontoplan.KontoplanOversikt side);
}
