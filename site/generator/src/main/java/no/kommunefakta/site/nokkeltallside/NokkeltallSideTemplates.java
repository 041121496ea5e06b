package no.kommunefakta.site.nokkeltallside;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe templates of the figure pages, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class NokkeltallSideTemplates {

    private NokkeltallSideTemplates() {
    }

    static native TemplateInstance nokkeltall(NokkeltallSide side);

    static native TemplateInstance nokkeltallOversikt(NokkeltallOversikt side);
}
