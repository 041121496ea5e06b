package no.kommunefakta.site.sammenlign;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe templates of the comparison pages, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class ComparisonTemplates {

    private ComparisonTemplates() {
    }

    static native TemplateInstance sammenlign(SammenlignSide side);

    static native TemplateInstance sammenlignVelger(SammenlignVelger side);
}
