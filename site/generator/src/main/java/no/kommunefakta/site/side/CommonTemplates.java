package no.kommunefakta.site.side;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe templates shared by several page kinds, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class CommonTemplates {

    private CommonTemplates() {
    }

    static native TemplateInstance videresending(Videresending side);
}
