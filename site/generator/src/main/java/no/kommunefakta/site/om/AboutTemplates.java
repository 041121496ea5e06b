package no.kommunefakta.site.om;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe templates of this package's pages, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class AboutTemplates {

    private AboutTemplates() {
    }

    static native TemplateInstance om(OmSide side);
}
