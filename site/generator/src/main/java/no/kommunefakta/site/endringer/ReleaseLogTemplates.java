package no.kommunefakta.site.endringer;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe template of the release log page, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class ReleaseLogTemplates {

    private ReleaseLogTemplates() {
    }

    static native TemplateInstance endringer(EndringerSide side);
}
