package no.kommunefakta.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import no.kommunefakta.site.refresh.LiveRefresh;
import no.kommunefakta.site.refresh.RefreshCommand;
import no.kommunefakta.site.refresh.RefreshSummary;
import no.kommunefakta.site.serve.StaticServer;

/**
 * Command line: {@code render [outDir]}, {@code serve [--port N] [outDir]}, {@code refresh [--data-dir DIR]}.
 * Thin: the work is in {@link SiteGenerator} and {@link RefreshCommand}.
 */
@QuarkusMain
public class KommunefaktaMain implements QuarkusApplication {

    static final String BRUK = """
            Bruk:
              render [--offline] [utmappe]            bygg hele nettstedet (standard target/site)
              serve [--offline] [--port N] [utmappe]  bygg og server nettstedet på 127.0.0.1 (standard port 8080)
                                          begge spør først SSB (kort tidsgrense) og bruker ferske tall når SSB svarer,
                                          ellers de innebygde; --offline bruker bare innebygde data
              refresh [--data-dir DIR] [--summary FIL]
                                          hent konfigurerte tabeller fra SSB PxWebApi v2 til DIR (standard data);
                                          --summary skriver hva som endret seg som Markdown
            """;

    @Inject
    SiteGenerator generator;

    /** Whether {@code render} and {@code serve} first try SSB for fresh data (off in tests). */
    @ConfigProperty(name = "kommunefakta.live.enabled", defaultValue = "true")
    boolean live;

    @Override
    public int run(String... args) throws Exception {
        try {
            return kjor(args);
        } catch (IllegalArgumentException e) {
            // bad input (unknown folder, malformed data file, ...): the message names it; no stack trace
            System.err.println("Feil: " + e.getMessage());
            return 2;
        } catch (java.net.BindException e) {
            System.err.println("Feil: kan ikke lytte på porten (" + e.getMessage() + "); velg en annen med --port");
            return 2;
        }
    }

    private int kjor(String... args) throws Exception {
        if (args.length == 0) {
            System.err.print(BRUK);
            return 2;
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        switch (args[0]) {
            case "render" -> {
                boolean offline = rest.remove("--offline");
                if (rest.size() > 1) {
                    return feil("render takes at most one argument (utmappe), got " + rest);
                }
                RenderResult r = generator.render(Path.of(rest.isEmpty() ? "target/site" : rest.get(0)), System.out::println,
                        Optional.empty(), data(offline));
                System.out.println("Skrevet til " + r.utmappe());
                return 0;
            }
            case "serve" -> {
                boolean offline = rest.remove("--offline");
                int port = 8080;
                String ut = "target/site";
                for (int i = 0; i < rest.size(); i++) {
                    if (rest.get(i).equals("--port")) {
                        if (i + 1 >= rest.size()) {
                            return feil("--port needs a number");
                        }
                        try {
                            port = Integer.parseInt(rest.get(++i));
                        } catch (NumberFormatException e) {
                            return feil("--port: '" + rest.get(i) + "' is not a number");
                        }
                        if (port < 0 || port > 65535) {
                            return feil("--port: " + port + " is outside 0-65535");
                        }
                    } else {
                        ut = rest.get(i);
                    }
                }
                generator.render(Path.of(ut), System.out::println, Optional.empty(), data(offline));
                try (StaticServer s = StaticServer.start(Path.of(ut), port)) {
                    System.out.println("Kommunefakta kjører på " + s.url() + "  (Ctrl+C for å stoppe)");
                    Quarkus.waitForExit();
                }
                return 0;
            }
            case "refresh" -> {
                String dir = "data";
                Optional<Path> summary = Optional.empty();
                for (int i = 0; i < rest.size(); i++) {
                    if (rest.get(i).equals("--data-dir") && i + 1 < rest.size()) {
                        dir = rest.get(++i);
                    } else if (rest.get(i).equals("--summary") && i + 1 < rest.size()) {
                        summary = Optional.of(Path.of(rest.get(++i)));
                    } else {
                        return feil("refresh: unknown argument '" + rest.get(i) + "'");
                    }
                }
                RefreshSummary foer = RefreshSummary.before(Path.of(dir));
                int kode = RefreshCommand.run(Path.of(dir), System.out::println, System.err::println);
                if (summary.isPresent()) {
                    java.nio.file.Files.writeString(summary.get(), foer.markdown(Path.of(dir)), java.nio.charset.StandardCharsets.UTF_8);
                }
                return kode;
            }
            default -> {
                return feil("unknown command '" + args[0] + "'");
            }
        }
    }

    /**
     * The data to render from: offline, or with {@code kommunefakta.live.enabled=false} (tests), the configured data
     * folder or the embedded data; otherwise the live data of {@link LiveRefresh#live}.
     */
    private Optional<Path> data(boolean offline) {
        if (offline || !live) {
            return generator.configuredDataDir();
        }
        return LiveRefresh.live(generator.configuredDataDir(), System.out::println, System.err::println);
    }

    private static int feil(String melding) {
        System.err.println("Feil: " + melding);
        System.err.print(BRUK);
        return 2;
    }
}
