package no.kommunefakta.site.forside;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe templates of this package's pages, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class FrontTemplates {

    private FrontTemplates() {
    }

    static native TemplateInstance forside(Forside side);

    static native TemplateInstance ikkeFunnet();
}
