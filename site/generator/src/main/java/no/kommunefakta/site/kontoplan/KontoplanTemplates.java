package no.kommunefakta.site.kontoplan;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe templates of this package's pages, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class KontoplanTemplates {

    private KontoplanTemplates() {
    }

    static native TemplateInstance kontoplan(KontoplanSide side);

    static native TemplateInstance kontoplanOversikt(KontoplanOversikt side);
}
