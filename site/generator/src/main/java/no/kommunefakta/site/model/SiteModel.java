package no.kommunefakta.site.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kommunefakta.site.data.DataSource;
import no.kommunefakta.site.nokkeltall.Beregning;
import no.kommunefakta.site.nokkeltall.Grunnlag;
import no.kommunefakta.site.nokkeltall.GrunnlagLoader;
import no.kommunefakta.site.nokkeltall.Katalog;
import no.kommunefakta.site.nokkeltall.Kildetabell;
import no.kommunefakta.site.nokkeltall.Nokkeltall;
import no.kommunefakta.site.nokkeltall.SerieDef;
import no.kommunefakta.site.refresh.KodevalgStatus;
import no.kommunefakta.site.region.Fylke;
import no.kommunefakta.site.region.Kommune;
import no.kommunefakta.site.refresh.RefreshStatus;
import no.kommunefakta.site.region.Regioner;

/** Everything a build needs, loaded once: regions, base data, catalogue, computed figures, and the site's URLs. */
public final class SiteModel {

    private final Regioner regioner;
    private final Beregning beregning;
    private final RefreshStatus refreshStatus;
    private final KodevalgStatus kodevalg;

    public SiteModel(Regioner regioner, Beregning beregning, RefreshStatus refreshStatus) {
        this(regioner, beregning, refreshStatus, new KodevalgStatus(List.of()));
    }

    /** @param kodevalg the content codes the refresh chose ({@code kodevalg.csv}) */
    public SiteModel(Regioner regioner, Beregning beregning, RefreshStatus refreshStatus, KodevalgStatus kodevalg) {
        this.regioner = regioner;
        this.beregning = beregning;
        this.refreshStatus = refreshStatus;
        this.kodevalg = kodevalg;
    }

    public static SiteModel load(DataSource kilde) {
        return load(kilde, RefreshStatus.read(kilde));
    }

    /** Which table, content code and label fill each part of a figure, and when (for /om/ and the release log). */
    public List<Innholdskilde> innholdskilder(Nokkeltall k) {
        List<Innholdskilde> ut = new ArrayList<>();
        for (Kildetabell t : k.kildetabeller()) {
            SerieDef d = beregning.grunnlag().serie(t.serie()).def();
            Optional<KodevalgStatus.Row> rad = kodevalg.row(t.serie()).filter(r -> r.tabell().equals(t.tabell()));
            Map<String, String> utvalg = new LinkedHashMap<>(d.utvalg());
            String konfigurert = utvalg.getOrDefault("ContentsCode", "");
            utvalg.remove("ContentsCode");
            String kode = rad.map(KodevalgStatus.Row::valgt).filter(v -> !v.isEmpty()).orElse(konfigurert);
            String etikett = rad.filter(r -> !r.valgt().isEmpty()).map(KodevalgStatus.Row::etikett).orElse("");
            String regel = d.etikett().isBlank() ? "" : "«" + d.etikett() + "»" + (d.etikettEnhet().isBlank() ? "" : " (" + d.etikettEnhet() + ")");
            StringBuilder andre = new StringBuilder();
            utvalg.forEach((dim, v) -> andre.append(andre.isEmpty() ? "" : ", ").append(dim).append('=').append(v));
            Optional<Instant> hentet = rad.isPresent() ? rad.get().hentet()
                    // an embedded extract that is the series' base (population) has its own extraction time
                    : etikett.isEmpty() && !SerieDef.MED_INNEBYGD_GRUNNLAG.contains(d.kilde()) ? Optional.empty()
                            : refreshStatus.row(t.tabell()).flatMap(RefreshStatus.Row::fetched);
            ut.add(new Innholdskilde(k.id(), t.serie(), t.rolle(), t.tabell(), t.tittel(), kode, etikett, regel, andre.toString(),
                    hentet, rad.map(r -> r.utfall().name()).orElse("IKKE_KONTROLLERT"), rad.map(KodevalgStatus.Row::melding).orElse("")));
        }
        return List.copyOf(ut);
    }

    /** @param status the tables' freshness, already read from the same source */
    public static SiteModel load(DataSource kilde, RefreshStatus status) {
        return load(kilde, status, Runnable::run);
    }

    /**
     * @param status   the tables' freshness, already read from the same source
     * @param parallel runs the series' loading and aggregation as tasks (the render's pool)
     */
    public static SiteModel load(DataSource kilde, RefreshStatus status, java.util.concurrent.Executor parallel) {
        long t0 = System.nanoTime();
        Regioner r = Regioner.load(kilde);
        long t1 = System.nanoTime();
        Grunnlag g = new GrunnlagLoader(kilde, r).load(parallel);
        long t2 = System.nanoTime();
        SiteModel n = new SiteModel(r, new Beregning(g, Katalog.load(kilde, g.serier().keySet())), status, KodevalgStatus.read(kilde));
        if (Boolean.getBoolean("kommunefakta.profil")) {
            System.out.printf("Lasting: regioner %d ms, grunnlag %d ms, katalog %d ms%n", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        }
        return n;
    }

    /** When each SSB table was last fetched ({@code refresh-status.csv}). */
    public RefreshStatus refreshStatus() {
        return refreshStatus;
    }

    /** The newest good fetch of any table, if known. */
    public java.util.Optional<java.time.Instant> dataHentet() {
        return dataHentet(refreshStatus);
    }

    /** The newest good fetch of any table in a status, if known. */
    public static java.util.Optional<java.time.Instant> dataHentet(RefreshStatus status) {
        return status.rows().stream().flatMap(r -> r.fetched().stream()).max(java.time.Instant::compareTo);
    }

    public Regioner regioner() {
        return regioner;
    }

    public Beregning beregning() {
        return beregning;
    }

    public Katalog katalog() {
        return beregning.katalog();
    }

    public static String kommuneSti(Kommune k) {
        return "/kommune/" + k.slug() + "/";
    }

    public static String fylkeSti(Fylke f) {
        return "/fylke/" + f.slug() + "/";
    }

    public static final String LANDET_STI = "/landet/";

    /** Path of a key figure's page. */
    public static String nokkeltallSti(String id) {
        return "/nokkeltall/" + id + "/";
    }

    /** Row anchor of a region on a figure page: {@code k0301}, {@code f03}, {@code g13}, {@code landet}, {@code landet-uten-oslo}. */
    public static String nokkeltallAnker(String regionkode) {
        if (regionkode.startsWith("EKA")) {
            return "f" + regionkode.substring(3);
        }
        if (regionkode.startsWith("EKG")) {
            return "g" + regionkode.substring(3);
        }
        return switch (regionkode) {
            case Regioner.LANDET -> "landet";
            case Regioner.LANDET_UTEN_OSLO -> "landet-uten-oslo";
            default -> "k" + regionkode;
        };
    }

    /** Display name of any region code used in the data. */
    public String regionNavn(String kode) {
        if (regioner.kommuner().containsKey(kode)) {
            return regioner.kommune(kode).navn();
        }
        if (kode.startsWith("EKA")) {
            return regioner.fylke(kode.substring(3)).navn() + " (kommunene)";
        }
        if (kode.startsWith("EKG")) {
            return "KOSTRA-gruppe " + Integer.parseInt(kode.substring(3));
        }
        return switch (kode) {
            case Regioner.LANDET -> "Landet";
            case Regioner.LANDET_UTEN_OSLO -> "Landet uten Oslo";
            default -> kode;
        };
    }

    public String regionType(String kode) {
        if (regioner.kommuner().containsKey(kode)) {
            return "kommune";
        }
        if (kode.startsWith("EKA")) {
            return "fylke";
        }
        if (kode.startsWith("EKG")) {
            return "kostragruppe";
        }
        return "landet";
    }

    /** All region codes in download order: kommuner, fylker, KOSTRA groups, landet, landet uten Oslo. */
    public List<String> alleRegionkoder() {
        List<String> l = new java.util.ArrayList<>(regioner.kommuner().keySet());
        regioner.fylker().values().forEach(f -> l.add(f.aggregatkode()));
        l.addAll(regioner.grupper().keySet());
        l.add(Regioner.LANDET);
        l.add(Regioner.LANDET_UTEN_OSLO);
        return l;
    }

    /** Kommuner grouped by fylke, for the front page. */
    public Map<Fylke, List<Kommune>> kommunerPerFylke() {
        Map<Fylke, List<Kommune>> m = new TreeMap<>((a, b) -> a.kode().compareTo(b.kode()));
        for (Fylke f : regioner.fylker().values()) {
            m.put(f, f.kommuner().stream().map(regioner::kommune)
                    .sorted((a, b) -> java.text.Collator.getInstance(new java.util.Locale("nb")).compare(a.navn(), b.navn())).toList());
        }
        return m;
    }
}
