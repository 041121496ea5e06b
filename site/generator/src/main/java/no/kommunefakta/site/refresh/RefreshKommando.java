package no.kommunefakta.site.refresh;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import no.kommunefakta.site.data.Csv;
import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.jsonstat.Datasett;
import no.kommunefakta.site.jsonstat.JsonStat;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Regioner;

/**
 * {@code refresh}: fetches the tables in {@code refresh.csv} from PxWebApi v2 for every kommune and aggregate into
 * {@code <data-dir>/ssb/jsonstat2/refresh/}, where the next render picks them up (set {@code kommunefakta.data-dir}).
 */
@ApplicationScoped
public class RefreshKommando {

    /** Base URL of PxWebApi v2. */
    @ConfigProperty(name = "kommunefakta.pxwebapi.base-url")
    String baseUrl;

    /** Request budget (SSB: 30 a minute per IP). */
    @ConfigProperty(name = "kommunefakta.pxwebapi.requests-per-minute")
    int perMinutt;

    /** Region codes per request (about 700 fit a GET URL). */
    @ConfigProperty(name = "kommunefakta.pxwebapi.max-codes-per-get")
    int maksKoder;

    /** Longest GET URL before switching to POST. */
    @ConfigProperty(name = "kommunefakta.pxwebapi.max-url-length")
    int maksUrl;

    /** Retries after HTTP 429. */
    @ConfigProperty(name = "kommunefakta.pxwebapi.retries")
    int forsok;

    public int kjor(Path dataDir, Consumer<String> ut, Consumer<String> feil) throws InterruptedException {
        PxWebApiKlient klient = new PxWebApiKlient(baseUrl, perMinutt, maksKoder, maksUrl, forsok, d -> Thread.sleep(d.toMillis()));
        return kjor(klient, dataDir, ut, feil);
    }

    /** Runs with a given client (tests pass one whose waits do not sleep). */
    public static int kjor(PxWebApiKlient klient, Path dataDir, Consumer<String> ut, Consumer<String> feil) throws InterruptedException {
        DataSource kilde = DataSource.embedded();
        Regioner regioner = Regioner.load(kilde);
        List<String> koder = new ArrayList<>(regioner.kommuner().keySet());
        regioner.fylker().values().stream().map(Fylke::aggregatkode).forEach(koder::add);
        koder.addAll(regioner.grupper().keySet());
        koder.add(Regioner.LANDET);
        koder.add(Regioner.LANDET_UTEN_OSLO);
        Path mappe = dataDir.resolve("ssb/jsonstat2/refresh");
        int feilede = 0;
        for (Csv.Rad r : kilde.csv("kommunefakta/refresh.csv", ';')) {
            Bestilling b = new Bestilling(r.get("tabell"), PxWebApiKlient.filter(r.get("filter")),
                    List.of(r.get("aar").split(",")), koder, "KOKkommuneregion0000");
            try {
                List<String> deler = klient.hent(b);
                Files.createDirectories(mappe);
                for (int i = 0; i < deler.size(); i++) {
                    Datasett d = JsonStat.read(new ByteArrayInputStream(deler.get(i).getBytes(StandardCharsets.UTF_8)));
                    Path fil = mappe.resolve(b.tabell() + "_" + (i + 1) + ".json");
                    Files.writeString(fil, deler.get(i), StandardCharsets.UTF_8);
                    ut.accept("Tabell " + b.tabell() + ": " + d.celler().size() + " celler -> " + fil);
                }
            } catch (PxWebApiFeil e) {
                feil.accept(e.getMessage());
                feilede++;
            } catch (IllegalArgumentException e) {
                feil.accept("table " + b.tabell() + ": answer is not usable JSON-stat: " + e.getMessage());
                feilede++;
            } catch (IOException e) {
                feil.accept("table " + b.tabell() + ": cannot write to " + mappe + ": " + e.getMessage());
                feilede++;
            }
        }
        ut.accept("Kall mot PxWebApi: " + klient.kall().size() + (feilede > 0 ? ", " + feilede + " tabeller feilet" : ""));
        return feilede == 0 ? 0 : 1;
    }
}
