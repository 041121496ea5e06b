package no.kommunefakta.site.nedlasting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Type-safe templates of this package's pages, in {@code templates/Sider/}. */
@CheckedTemplate(basePath = "Sider")
final class DownloadTemplates {

    private DownloadTemplates() {
    }

    static native TemplateInstance nedlastinger(NedlastingSide side);
}
