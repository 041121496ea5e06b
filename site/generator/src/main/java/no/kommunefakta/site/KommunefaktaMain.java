package no.kommunefakta.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import no.kommunefakta.site.refresh.RefreshCommand;
import no.kommunefakta.site.serve.StaticServer;

/**
 * Command line: {@code render [outDir]}, {@code serve [--port N] [outDir]}, {@code refresh [--data-dir DIR]}.
 * Thin: the work is in {@link SiteGenerator} and {@link RefreshCommand}.
 */
@QuarkusMain
public class KommunefaktaMain implements QuarkusApplication {

    static final String BRUK = """
            Bruk:
              render [utmappe]            bygg hele nettstedet (standard target/site)
              serve [--port N] [utmappe]  bygg og server nettstedet på 127.0.0.1 (standard port 8080)
              refresh [--data-dir DIR]    hent konfigurerte tabeller fra SSB PxWebApi v2 til DIR (standard data)
            """;

    @Inject
    SiteGenerator generator;

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
                if (rest.size() > 1) {
                    return feil("render takes at most one argument (utmappe), got " + rest);
                }
                RenderResult r = generator.render(Path.of(rest.isEmpty() ? "target/site" : rest.get(0)), System.out::println);
                System.out.println("Skrevet til " + r.utmappe());
                return 0;
            }
            case "serve" -> {
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
                generator.render(Path.of(ut), System.out::println);
                try (StaticServer s = StaticServer.start(Path.of(ut), port)) {
                    System.out.println("Kommunefakta kjører på " + s.url() + "  (Ctrl+C for å stoppe)");
                    Quarkus.waitForExit();
                }
                return 0;
            }
            case "refresh" -> {
                String dir = "data";
                for (int i = 0; i < rest.size(); i++) {
                    if (rest.get(i).equals("--data-dir") && i + 1 < rest.size()) {
                        dir = rest.get(++i);
                    } else {
                        return feil("refresh: unknown argument '" + rest.get(i) + "'");
                    }
                }
                return RefreshCommand.run(Path.of(dir), System.out::println, System.err::println);
            }
            default -> {
                return feil("unknown command '" + args[0] + "'");
            }
        }
    }

    private static int feil(String melding) {
        System.err.println("Feil: " + melding);
        System.err.print(BRUK);
        return 2;
    }
}
