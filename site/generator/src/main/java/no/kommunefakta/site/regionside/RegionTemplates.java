package no.kommunefakta.site.regionside;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe templates of this package's pages, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class RegionTemplates {

    private RegionTemplates() {
    }

    static native TemplateInstance region(RegionSide side);
}
