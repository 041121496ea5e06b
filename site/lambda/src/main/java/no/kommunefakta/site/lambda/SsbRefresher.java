package no.kommunefakta.site.lambda;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import no.kommunefakta.site.refresh.RefreshCommand;

/** The production refresher: site/generator's refresh (SSB PxWebApi v2). */
@ApplicationScoped
public class SsbRefresher implements DataRefresher {

    private static final Logger LOG = Logger.getLogger(SsbRefresher.class);

    @Override
    public boolean refresh(Path dataDir) {
        return RefreshCommand.run(dataDir, LOG::info, LOG::warn) == 0;
    }
}
