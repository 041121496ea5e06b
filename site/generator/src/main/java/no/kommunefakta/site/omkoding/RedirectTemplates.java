package no.kommunefakta.site.omkoding;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe templates of this package's pages, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class RedirectTemplates {

    private RedirectTemplates() {
    }

    static native TemplateInstance omkoding(OmkodingSide side);
}
