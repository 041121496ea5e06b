package no.kommunefakta.site.assets;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;

import no.kommunefakta.site.output.PageProducer;
import no.kommunefakta.site.output.SiteWriter;

/** Static assets copied from the jar: the stylesheet and the progressive scripts (search, comparison, figure maps). */
public final class AssetProducer implements PageProducer {

    static final List<String> ASSETS = List.of("assets/site.css", "assets/sok.js", "assets/sammenlign.js", "assets/nokkeltall.js");

    @Override
    public List<Runnable> jobs(SiteWriter out, Consumer<String> progress) {
        return List.of(() -> {
            for (String r : ASSETS) {
                out.binary(r, "annet", o -> {
                    try (InputStream in = AssetProducer.class.getClassLoader().getResourceAsStream(r)) {
                        if (in == null) {
                            throw new IllegalStateException("resource missing from the jar: " + r);
                        }
                        in.transferTo(o);
                    }
                });
            }
        });
    }
}
