package no.kommunefakta.posting.rule;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.Kontrollkatalog;
import no.kommunefakta.posting.ValidationContext;

/**
 * Which controls run for which part of the control program (KommuneKostraMain, KvartalKostraMain, KirkeKostraMain,
 * HelseForetakMain),
 * and the cache of precomputed {@link Profil}s per run arguments. Thread-safe.
 */
public final class Regelsett {

    private static final List<PostingRule> FELLES = List.of(
            new Kontroll003Skjema(), new Kontroll004Aargang(), new Kontroll005Kvartal(), new Kontroll006Region(),
            new Kontroll007Organisasjonsnummer(), new Kontroll008Foretaksnummer(), new Kontroll009Kontoklasse(),
            new Kontroll010Funksjon(), new Kontroll011Kapittel(), new Kontroll012Art(), new Kontroll013Sektor(),
            new Kontroll014Belop());

    private static final List<PostingRule> KOMBINASJON = List.of(
            new Kontroll016KapittelFortegn(), new Kontroll020KombinasjonDriftFunksjon(),
            new Kontroll025KombinasjonDriftArt(), new Kontroll030KombinasjonDriftArt(),
            new Kontroll035KombinasjonDriftArt(), new Kontroll040KombinasjonInvesteringFunksjon(),
            new Kontroll045KombinasjonInvesteringFunksjon(), new Kontroll050KombinasjonInvesteringArt(),
            new Kontroll055KombinasjonInvesteringArt(), new Kontroll060KombinasjonInvesteringFunksjonArt(),
            new Kontroll065KombinasjonFunksjonArt(), new Kontroll070KombinasjonFunksjonArt(),
            new Kontroll075KombinasjonFunksjonArt(), new Kontroll080KombinasjonFunksjonArt(),
            new Kontroll081KombinasjonFunksjonArt());

    private static final List<PostingRule> FILBESKRIVELSE = List.of(new Kontroll002Filbeskrivelse());
    private static final List<PostingRule> KOMMUNE_POSTING = concat(concat(FILBESKRIVELSE, concat(FELLES, KOMBINASJON)),
            List.of(new Kontroll010PostensSkjema()));
    private static final List<PostingRule> KVARTAL_POSTING =
            concat(concat(FELLES, List.of(new Kontroll010UtgattFunksjon())), KOMBINASJON);
    private static final List<PostingRule> KIRKE_POSTING = concat(concat(FILBESKRIVELSE, FELLES), List.of(
            new Kontroll025KombinasjonDriftArt(), new Kontroll050KombinasjonInvesteringArt(),
            new Kontroll200Funksjon089(), PakkeAntallSiffer.kirke0F(), PakkeAntallSiffer.kirke0G()));

    private static final List<PostingRule> HELSE_POSTING = concat(FELLES, List.of(new Kontroll500Funksjon400(),
            new Kontroll510Art320(), new Kontroll520Konti19XKunPositiveBelop()));

    private static final List<FileRule> KOMMUNE_FIL = List.of(
            new Kontroll015Dubletter(), new Kontroll017InterneServiceenheter(),
            new Kontroll085InvesteringUtgifter(), new Kontroll090InvesteringInntekter(),
            new Kontroll095InvesteringDifferanse(), new Kontroll100DriftUtgifter(), new Kontroll105DriftInntekter(),
            new Kontroll110DriftDifferanse(), new Kontroll115BalanseAktiva(), new Kontroll120BalansePassiva(),
            new Kontroll125BalanseDifferanse(), new Kontroll126OsloInterneDrift(),
            new Kontroll127OsloInterneInvestering(), new Kontroll130Skatteinntekter(), new Kontroll135Rammetilskudd(),
            new Kontroll140OverforingDriftInvestering(), new Kontroll145MotpostAvskrivninger(),
            new Kontroll150Avskrivninger(), new Kontroll155AvskrivningerDifferanse(),
            new Kontroll160AvskrivningerAndreFunksjoner(), new Kontroll165MotpostAndreFunksjoner(),
            new Kontroll170Funksjon290Investering(), new Kontroll175Funksjon290Drift(),
            new Kontroll180Funksjon465Investering(), new Kontroll185Funksjon465Drift(),
            new Kontroll190Memoriakonti());

    /** The 2018/2019 packages' own whole-file controls without a number ({@link Pakkekontroll}). */
    private static final List<FileRule> PAKKE_FIL = Pakkekontroller.egneKontroller().stream()
            .<FileRule>map(Pakkekontroll::new).toList();

    private static final List<FileRule> KVARTAL_FIL = List.of(
            new Kontroll015Dubletter(), new Kontroll100DriftUtgifter(), new Kontroll105DriftInntekter(),
            new Kontroll130Skatteinntekter(), new Kontroll135Rammetilskudd());

    private static final List<FileRule> KIRKE_FIL = List.of(
            new Kontroll015Dubletter(), new Kontroll095InvesteringDifferanse(), new Kontroll100DriftUtgifter(),
            new Kontroll105DriftInntekter(), new Kontroll110DriftDifferanse(), new Kontroll113Tilskudd(),
            new Kontroll115BalanseAktiva(), new Kontroll120BalansePassiva(), new Kontroll125BalanseDifferanse(),
            new Kontroll140OverforingDriftInvestering(), new Kontroll143Avskrivninger(),
            new Kontroll210InterneKjopOgSalg(), new Kontroll215InterneKalkulatoriske(),
            new Kontroll220InterneMidler(), new Kirke0GBelopMangler());

    private static final List<FileRule> HELSE_FIL = List.of(
            new Kontroll015Dubletter(), new Kontroll530SummeringDifferanse(),
            new Kontroll540EiendelerErLikEgenkapitalPlussGjeld());

    private static final List<FileRule> KOMMUNE_PAKKE_FIL = concat(KOMMUNE_FIL, PAKKE_FIL);

    private static final int MAX_PROFILES = 256;

    private final Kontoplan kontoplan;
    private final Map<ValidationContext, Profil> profiles = new ConcurrentHashMap<>();
    private final Map<ValidationContext, Profil> tabeller = new ConcurrentHashMap<>();

    public Regelsett(Kontoplan kontoplan) {
        this.kontoplan = kontoplan;
        for (Map.Entry<String, Kontrollkatalog.Scope> e : kontroller().entrySet()) {
            Kontrollkatalog.Kontroll k = Kontrollkatalog.of(e.getKey()).orElseThrow(() -> new IllegalStateException(
                    "control " + e.getKey() + " is not in the Kontrollkatalog (kontroller.csv)"));
            if (k.scope() != e.getValue()) {
                throw new IllegalStateException("control " + e.getKey() + " is a " + e.getValue()
                        + " rule but the Kontrollkatalog says " + k.scope());
            }
        }
    }

    /**
     * Every control the rule set runs (in any part of the program), with its scope: posting rules decide from one
     * record, file rules need the whole file. Each must be in the {@link Kontrollkatalog} with that scope (checked
     * when a rule set is built).
     */
    public static Map<String, Kontrollkatalog.Scope> kontroller() {
        Map<String, Kontrollkatalog.Scope> result = new java.util.TreeMap<>();
        for (List<PostingRule> rules : List.of(KOMMUNE_POSTING, KVARTAL_POSTING, KIRKE_POSTING, HELSE_POSTING)) {
            rules.forEach(r -> result.put(r.control(), Kontrollkatalog.Scope.POSTING));
        }
        for (List<FileRule> rules : List.of(KOMMUNE_PAKKE_FIL, KVARTAL_FIL, KIRKE_FIL, HELSE_FIL)) {
            rules.forEach(r -> result.put(r.control(), Kontrollkatalog.Scope.FILE));
        }
        result.put(Kontroll001Recordlengde.CONTROL, Kontrollkatalog.Scope.POSTING);
        return java.util.Collections.unmodifiableMap(result);
    }

    public Kontoplan kontoplan() {
        return kontoplan;
    }

    List<PostingRule> postingRules(Skjema.Familie familie) {
        return switch (familie) {
            case KOMMUNE -> KOMMUNE_POSTING;
            case KVARTAL -> KVARTAL_POSTING;
            case KIRKE -> KIRKE_POSTING;
            case HELSE -> HELSE_POSTING;
        };
    }

    List<FileRule> fileRules(Skjema.Familie familie) {
        return switch (familie) {
            case KOMMUNE -> KOMMUNE_PAKKE_FIL;
            case KVARTAL -> KVARTAL_FIL;
            case KIRKE -> KIRKE_FIL;
            case HELSE -> HELSE_FIL;
        };
    }

    /** The precomputed tables for these run arguments (skjema and year must be known). */
    public Profil profil(ValidationContext context, Skjema skjema, int year) {
        Profil p = profiles.get(context);
        if (p == null) {
            if (profiles.size() > MAX_PROFILES) {
                profiles.clear();
            }
            p = profiles.computeIfAbsent(context, c -> new Profil(tabeller(c, skjema, year), c));
        }
        return p;
    }

    /**
     * The code tables for these arguments, shared by every region and orgnr that get the same lists (the tables are
     * the costly part of a profile; random regions and orgnr would otherwise rebuild them each time).
     */
    private Profil tabeller(ValidationContext context, Skjema skjema, int year) {
        Skjema liste = listeSkjema(context, skjema, year, kontoplan);
        String region = kontoplan.isSpesialRegion(context.region(), year) ? context.region() : "000000";
        String orgnr = kontoplan.isSpesialOrgnr(context.orgnr()) ? context.orgnr() : ValidationContext.BLANK_ORGNR;
        ValidationContext key = new ValidationContext(liste.kode(), context.aargang(), context.kvartal(), region,
                orgnr);
        if (tabeller.size() > MAX_PROFILES) {
            tabeller.clear();
        }
        return tabeller.computeIfAbsent(key, c -> new Profil(kontoplan, c, liste, year, this));
    }

    /**
     * The skjema whose code lists a run uses: the argument's, except in quarterly runs for a region ending in 0000
     * when the release turns 0AKn into 0CKn and 0BKn into 0DKn ({@link Utgave#k003KvartalFylke()}), and, in a release
     * with packages, for a fylke of its {@code kvartal_fylker} (the package of 0CK/0DK judges it:
     * {@code regnskap/ControlProgram.start}).
     */
    private static Skjema listeSkjema(ValidationContext context, Skjema skjema, int year, Kontoplan kontoplan) {
        boolean pakkeFylke = skjema.isKvartal() && context.region() != null
                && Pakke.of(Utgave.forAar(year), skjema).isPresent()
                && kontoplan.parameter("kvartal_fylker", year).contains(context.region());
        if (!pakkeFylke && (!skjema.isKvartal() || !Utgave.forAar(year).k003KvartalFylke() || context.region() == null
                || !context.region().endsWith("0000"))) {
            return skjema;
        }
        String fylke = switch (skjema.grunnskjema()) {
            case "0A" -> "0C";
            case "0B" -> "0D";
            default -> skjema.grunnskjema();
        };
        return Skjema.of(fylke + skjema.kode().substring(2)).orElse(skjema);
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        java.util.ArrayList<T> r = new java.util.ArrayList<>(a);
        r.addAll(b);
        return List.copyOf(r);
    }
}
