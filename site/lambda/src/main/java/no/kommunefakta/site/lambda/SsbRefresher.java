package no.kommunefakta.site.lambda;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import no.kommunefakta.site.refresh.RefreshKommando;

/** The production refresher: site/generator's refresh (SSB PxWebApi v2). */
@ApplicationScoped
public class SsbRefresher implements DataRefresher {

    private static final Logger LOG = Logger.getLogger(SsbRefresher.class);

    private final RefreshKommando refresh;

    public SsbRefresher(RefreshKommando refresh) {
        this.refresh = refresh;
    }

    @Override
    public boolean refresh(Path dataDir) {
        try {
            return refresh.kjor(dataDir, LOG::info, LOG::warn) == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("refresh interrupted; rendering with the data there is");
            return false;
        }
    }
}
