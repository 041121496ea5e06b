package no.kommunefakta.posting.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import no.kommunefakta.kostra.Kontoplan;
import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.Severity;
import no.kommunefakta.posting.ValidationContext;

/**
 * Everything the controls need for one set of run arguments, precomputed once: the year's code lists for the skjema,
 * region and orgnr as lookup tables, the argument values, and which controls run. Immutable and thread-safe.
 */
public final class Profil {

    private final Kontoplan kontoplan;
    private final ValidationContext context;
    private final Skjema skjema;
    private final int year;
    private final Utgave utgave;
    private final Argumenter args;

    private final Tabell funksjoner;
    private final boolean[] utgatte;
    private final Tabell arter;
    private final long[] kapitler;
    private final long[] sektorer;
    private final boolean[] funksjonUgyldigDrift;
    private final boolean[] funksjonUgyldigInvestering;
    private final boolean[] funksjonUlogiskInvestering;
    private final boolean[] artUgyldigDrift;
    private final boolean[] artUgyldigInvestering;
    private final boolean[] artUlogiskDrift;
    private final boolean[] artUlogiskInvestering;
    private final boolean[] skatteArter;
    private final boolean[] kirkeFunksjon089Arter;
    /** The argument is summed by the skatt checks ({@link #skattSum}); by region, so not shared between profiles. */
    private final boolean skattSumOmfang;
    /** The region numbers a record may carry ({@link #gyldigeRegioner()}), empty when any. */
    private final Set<String> gyldigeRegioner;

    /** The package's own lists of controls 010-013 for this region argument ({@link Pakke#liste}). */
    private final Map<String, Pakke.Liste> pakkelister;
    private final java.util.Optional<Pakke> pakke;

    private final List<PostingRule> postingRules;
    private final List<FileRule> fileRules;
    private final Map<String, String> meldinger = new ConcurrentHashMap<>();

    /**
     * The profile of {@code context} with the code tables and rules of {@code tabeller}, a profile for arguments that
     * get the same lists (same skjema, year, kvartal; a region and orgnr the lists treat alike).
     */
    Profil(Profil tabeller, ValidationContext context) {
        this.kontoplan = tabeller.kontoplan;
        this.context = context;
        this.skjema = tabeller.skjema;
        this.year = tabeller.year;
        this.utgave = tabeller.utgave;
        this.args = Argumenter.of(context);
        this.funksjoner = tabeller.funksjoner;
        this.utgatte = tabeller.utgatte;
        this.arter = tabeller.arter;
        this.kapitler = tabeller.kapitler;
        this.sektorer = tabeller.sektorer;
        this.funksjonUgyldigDrift = tabeller.funksjonUgyldigDrift;
        this.funksjonUgyldigInvestering = tabeller.funksjonUgyldigInvestering;
        this.funksjonUlogiskInvestering = tabeller.funksjonUlogiskInvestering;
        this.artUgyldigDrift = tabeller.artUgyldigDrift;
        this.artUgyldigInvestering = tabeller.artUgyldigInvestering;
        this.artUlogiskDrift = tabeller.artUlogiskDrift;
        this.artUlogiskInvestering = tabeller.artUlogiskInvestering;
        this.skatteArter = tabeller.skatteArter;
        this.kirkeFunksjon089Arter = tabeller.kirkeFunksjon089Arter;
        this.skattSumOmfang = beregnSkattSumOmfang();
        this.gyldigeRegioner = gyldigeRegioner(kontoplan, skjema, year, context);
        this.pakke = tabeller.pakke;
        this.pakkelister = pakkelister(pakke, context);
        this.postingRules = tabeller.postingRules;
        this.fileRules = tabeller.fileRules;
    }

    Profil(Kontoplan kontoplan, ValidationContext context, Skjema skjema, int year, Regelsett regelsett) {
        this.kontoplan = kontoplan;
        this.context = context;
        this.skjema = skjema;
        this.year = year;
        this.utgave = Utgave.forAar(year);
        this.args = Argumenter.of(context);
        this.gyldigeRegioner = gyldigeRegioner(kontoplan, skjema, year, context);
        String s = skjema.kode();
        String region = context.region();
        String orgnr = context.orgnr();
        boolean osloFunksjoner = utgave.osloFunksjonerSkjema().isEmpty() || skjema.isKvartal()
                || utgave.osloFunksjonerSkjema().contains(skjema.grunnskjema());
        funksjoner = new Tabell(kontoplan.gyldigeFunksjoner(year, s, osloFunksjoner ? region : null, orgnr));
        utgatte = tabell(kontoplan.utgatteFunksjoner(year, s));
        arter = new Tabell(kontoplan.gyldigeArter(year, s, region, utgave.osloArterSkjema()));
        kapitler = keys(kontoplan.gyldigeKapitler(year, s), 4);
        sektorer = keys(kontoplan.gyldigeSektorer(year, s), 3);
        funksjonUgyldigDrift = tabell(kontoplan.funksjonerUgyldigIDrift(year, s));
        funksjonUgyldigInvestering = tabell(kontoplan.funksjonerUgyldigIInvestering(year, s));
        funksjonUlogiskInvestering = tabell(kontoplan.funksjonerUlogiskIInvestering(year, s));
        artUgyldigDrift = tabell(kontoplan.arterUgyldigIDrift(year, s, region, orgnr));
        artUgyldigInvestering = tabell(kontoplan.arterUgyldigIInvestering(year, s));
        artUlogiskDrift = tabell(kontoplan.arterUlogiskIDrift(year, s));
        artUlogiskInvestering = tabell(kontoplan.arterUlogiskIInvestering(year, s));
        skatteArter = new boolean[1000];
        utgave.k075Arter().forEach(a -> skatteArter[a] = true);
        Set<String> kirke089 = new HashSet<>();
        if (skjema.familie() == Skjema.Familie.KIRKE) {
            for (String a : kontoplan.gyldigeArter(year, "0F", region)) {
                int n = Integer.parseInt(a);
                if (isFunksjon089Intervall(n)) {
                    kirke089.add(a);
                }
            }
        }
        kirkeFunksjon089Arter = tabell(kirke089);
        skattSumOmfang = beregnSkattSumOmfang();
        List<PostingRule> pr = new ArrayList<>();
        Set<String> utvalg = switch (skjema.familie()) {
            case KVARTAL -> utgave.kvartalKontroller();
            case KOMMUNE -> utgave.kommuneKontroller();
            default -> Set.of();
        };
        pakke = Pakke.of(utgave, skjema);
        pakkelister = pakkelister(pakke, context);
        for (PostingRule r : regelsett.postingRules(skjema.familie())) {
            if (pakke.isPresent()) {
                if (pakke.get().kjorer(r.control()) && r.appliesTo(this)) {
                    pr.add(pakke.get().regel(r));
                }
            } else if (r.appliesTo(this) && (utvalg.isEmpty() || utvalg.contains(r.control()))) {
                pr.add(r);
            }
        }
        postingRules = List.copyOf(pr);
        List<FileRule> fr = new ArrayList<>();
        boolean filkontroller = skjema.familie() != Skjema.Familie.KVARTAL || utgave.kvartalFilkontroller();
        for (FileRule r : regelsett.fileRules(skjema.familie())) {
            // a package runs its own whole-file controls (the quarterly packages' 015) whatever the release's setting
            boolean pakkens = pakke.isPresent() && pakke.get().kjorer(r.control());
            if ((filkontroller || pakkens) && r.appliesTo(this) && Pakkekontroller.kjorer(utgave, skjema, r.control())) {
                fr.add(r);
            }
        }
        fileRules = List.copyOf(fr);
    }

    private static Map<String, Pakke.Liste> pakkelister(java.util.Optional<Pakke> pakke, ValidationContext context) {
        Map<String, Pakke.Liste> result = new java.util.TreeMap<>();
        pakke.ifPresent(p -> p.lister().keySet().forEach(
                control -> p.liste(control, context.region()).ifPresent(l -> result.put(control, l))));
        return Map.copyOf(result);
    }

    /**
     * Whether control 010-013 reports this record: by the package's own list when the release has one
     * ({@link Pakke.Liste#avviser}), else when {@link #checksKontoliste} and the record's code is not valid by
     * {@code gyldig} (the year's lists).
     */
    public boolean kontolisteAvviser(String control, PostingView p, boolean balanse,
                                     java.util.function.Predicate<PostingView> gyldig) {
        Pakke.Liste liste = pakkelister.get(control);
        if (liste != null) {
            return liste.avviser(p);
        }
        return checksKontoliste(p, balanse) && !gyldig.test(p);
    }

    /** The release's package (per-skjema program) that judges this run, if the release has packages. */
    public java.util.Optional<Pakke> pakke() {
        return pakke;
    }

    /** How the release's package reports its findings ({@link Pakkerapport}), if the release has packages. */
    public java.util.Optional<Pakkerapport> pakkerapport() {
        return pakke.flatMap(p -> Pakkerapport.of(utgave, p));
    }

    /** Whether the release's package leaves this record uncontrolled ({@link Pakke#hopperOver}). */
    public boolean hopperOver(PostingView p) {
        return pakke.isPresent() && pakke.get().hopperOver(p);
    }

    /** Whether the release's package has its own list for control 010-013. */
    public boolean harPakkeliste(String control) {
        return pakke.map(p -> p.lister().containsKey(control)).orElse(false);
    }

    /**
     * Whether a sum-presence control fires on an empty sum without records of its kind (release setting
     * {@link Utgave#sumUtenPoster()}): the argument skjema is one of {@code skjema}, and the argument region is no
     * Oslo bydel 030101-030115 and none of {@code unntak}.
     */
    public boolean sumUtenPoster(Set<String> skjema, String... unntak) {
        if (!argSkjemaUtenPoster(skjema)) {
            return false;
        }
        String region = context.region();
        if (argOsloBydel()) {
            return false;
        }
        return !Arrays.asList(unntak).contains(region);
    }

    /**
     * Whether the record is summed by the 2020 release's skatt checks ({@link Utgave#skattSomSum()}): a drift record
     * of a 0A/0C/0M/0P argument outside the Oslo bydeler and Longyearbyen.
     */
    public boolean skattSum(PostingView p) {
        return p.isDrift() && skattSumOmfang;
    }

    private boolean beregnSkattSumOmfang() {
        return utgave.skattSomSum() && sumUtenPoster(Set.of("0A", "0C", "0M", "0P"),
                kontoplan.parameter("longyearbyen").get(0));
    }

    /** The region argument is one of Oslo's bydeler 030101-030115 (the Java releases' {@code osloBydeler}). */
    public boolean argOsloBydel() {
        return context.region().matches("0301(0[1-9]|1[0-5])");
    }

    /**
     * Whether the avskrivning controls 145-165 add this record: with {@link Utgave#sumAllePoster()} every record
     * unless the region argument is an Oslo bydel (the Java releases filter by the argument only), else a record
     * outside the Oslo bydeler.
     */
    public boolean avskrivningSer(PostingView p) {
        return utgave.sumAllePoster() ? !argOsloBydel() : !p.isOsloBydel();
    }

    /** The avskrivning controls 145-165 do not run for this orgnr argument ({@link Utgave#avskrivningerUnntatteOrgnr()}). */
    public boolean avskrivningerUnntatt() {
        return utgave.avskrivningerUnntatteOrgnr().contains(context.orgnr());
    }

    /** Kirke controls 100, 105 and 113 by the 0F argument alone ({@link Utgave#kirkeSummerEtterArgument()}). */
    public boolean kirkeSummerEtterArgument() {
        return utgave.kirkeSummerEtterArgument() && "0F".equals(argSkjema2());
    }

    /**
     * Program parts whose release checks 020/025/050 against the whole list, on every record the part has not dropped
     * ({@link Utgave#kombinasjonMotKontoliste()}).
     */
    public boolean kombinasjonMotKontoliste() {
        return utgave.kombinasjonMotKontoliste().containsKey(skjema.familie().name());
    }

    /**
     * Severity of controls 020/025/050: the release's for a part that checks against the whole list, else
     * {@link #severityArgQ12()}.
     */
    public Severity severityKombinasjon() {
        Severity s = utgave.kombinasjonMotKontoliste().get(skjema.familie().name());
        return s != null ? s : severityArgQ12();
    }

    /**
     * Whether the combination controls 020-081 check this record: every record the validators did not drop in the
     * Java releases ({@link Utgave#nullpostHeltall()}; a belop that is no number too), else only a non-zero belop.
     */
    public boolean kombinasjonSer(PostingView p) {
        return p.belop() != 0 || utgave.nullpostHeltall();
    }

    /**
     * Whether the funksjon is in the list as control 010 compares it: also left-aligned when the release compares the
     * raw field with right-padded codes ({@link Utgave#k010Venstrejustert()}).
     */
    public boolean isGyldigFunksjonSomFelt(PostingView p) {
        return isGyldigFunksjon(p) && (!utgave.k010Venstrejustert() || p.funksjonFelt().startsWith(p.trimmed(32, 36)));
    }

    /**
     * Whether the combination controls 020, 040, 045 and 065 see the record's funksjon at all: not a right-aligned one
     * when the release compares the raw field ({@link Utgave#kombinasjonVenstrejustert()}).
     */
    public boolean isKombinasjonFunksjon(PostingView p) {
        return !utgave.kombinasjonVenstrejustert() || p.funksjonFelt().startsWith(p.trimmed(32, 36));
    }

    /**
     * Whether the nine record characters from {@code from} (0-based: 13 orgnr, 22 foretaksnr) equal the orgnr argument,
     * or one of its comma-separated orgnr when the release splits it ({@link Utgave#k007OrgnrListe()}).
     */
    public boolean isArgumentOrgnr(PostingView p, int from) {
        if (args.orgnrChars().length == 9 && p.regionMatches(from, args.orgnrChars())) {
            return true;
        }
        String orgnr = context.orgnr();
        if (utgave.k007OrgnrListe() && orgnr.indexOf(',') >= 0) {
            for (String o : orgnr.split(",", -1)) {
                if (o.length() == 9 && p.regionMatches(from, o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a sum control (085-110) adds this record of its kontotype ({@link Utgave#sumAllePoster()}): every record,
     * or only those outside the Oslo bydeler (and with {@code kunRegionale} of a regional skjema).
     */
    public boolean summerer(PostingView p, boolean kunRegionale) {
        return utgave.sumAllePoster() || (!kunRegionale || p.isRegional()) && !p.isOsloBydel();
    }

    /**
     * Whether the difference controls 095 and 110 run when the release sums every record ({@link
     * Utgave#sumAllePoster()}): for a bevilgning skjema argument outside the Oslo bydeler, for a kirke file for the 0F
     * argument whatever its region ({@code getBevilgningRegnskapList} of kostra/kirkekostra Main).
     */
    public boolean differanseEtterArgument() {
        if (skjema.familie() == Skjema.Familie.KIRKE) {
            return "0F".equals(argSkjema2());
        }
        return sumUtenPoster(Set.of("0A", "0C", "0I", "0K", "0M", "0P"));
    }

    /** An expense for the sum controls: art 10-590 ({@link Utgave#sumAllePoster()}) or 10-599. */
    public boolean isSumUtgift(PostingView p) {
        return utgave.sumAllePoster() ? p.artInt() >= 10 && p.artInt() <= 590 : p.isUtgift();
    }

    /**
     * An income for the sum controls: art 600-990 ({@link Utgave#sumAllePoster()}), else art 600-999, or with
     * {@code resten} every record that is no expense (the difference controls 095 and 110).
     */
    public boolean isSumInntekt(PostingView p, boolean resten) {
        if (utgave.sumAllePoster()) {
            return p.artInt() >= 600 && p.artInt() <= 990;
        }
        return resten ? !p.isUtgift() : p.isInntekt();
    }

    /** Which kirke art checks the release has; DELT for other files ({@link Utgave#kirkeKontoklasseArt()}). */
    public Utgave.KirkeKontoklasseArt kirkeKontoklasseArt() {
        return skjema.familie() == Skjema.Familie.KIRKE ? utgave.kirkeKontoklasseArt() : Utgave.KirkeKontoklasseArt.DELT;
    }

    /** A record view set up for this run's release (kontotype by the argument skjema, belop and zero-amount rules). */
    public PostingView view() {
        PostingView view = new PostingView();
        if (utgave.kontotypeEtterArgument()) {
            view.klassifiserEtter(skjema);
        }
        view.belopTrimmet(utgave.k014Trimmet());
        view.nullHeltall(utgave.nullpostHeltall());
        return view;
    }

    /** {@link #sumUtenPoster} without the region conditions (controls 115 and 120). */
    public boolean argSkjemaUtenPoster(Set<String> skjema) {
        return utgave.sumUtenPoster() && skjema.contains(argSkjema2());
    }

    /**
     * Whether a zero-amount record still goes through this control before it is dropped
     * ({@link Utgave#nullposterFeltkontroller()}; control 200 with {@link Utgave#k200Kontoklasser()}).
     */
    public boolean nullpostKontrolleres(PostingRule rule) {
        if (!utgave.k200Kontoklasser().isEmpty() && "200".equals(rule.control())) {
            // the 2018/2019 regn0F ControlFunksjon089 sees every record, also a zero amount
            return true;
        }
        String til = utgave.nullposterFeltkontroller().get(skjema.familie().name());
        return til != null && rule.control().compareTo(til) <= 0;
    }

    public Kontoplan kontoplan() {
        return kontoplan;
    }

    public ValidationContext context() {
        return context;
    }

    /** The skjema argument. */
    public Skjema skjema() {
        return skjema;
    }

    public int year() {
        return year;
    }

    /** The release of the official program that judges this year, with its rule settings. */
    public Utgave utgave() {
        return utgave;
    }

    /** The first two characters of the skjema argument (what control 003 compares). */
    public String argSkjema2() {
        return args.argSkjema2();
    }

    /**
     * The skjema control 003 expects: {@link #argSkjema2()}, except in quarterly runs for a region ending in 0000
     * when the release turns 0A into 0C and 0B into 0D ({@link Utgave#k003KvartalFylke()}).
     */
    public String skjema003() {
        String s = argSkjema2();
        if (utgave.k003KvartalFylke() && skjema.familie() == Skjema.Familie.KVARTAL
                && context.region().endsWith("0000")) {
            return switch (s) {
                case "0A" -> "0C";
                case "0B" -> "0D";
                default -> s;
            };
        }
        return s;
    }

    char[] argSkjema2Chars() {
        return args.argSkjema2Chars();
    }

    char[] aargangChars() {
        return args.aargangChars();
    }

    /**
     * The region numbers a record may carry, whatever the argument, in the releases that check them against their own
     * lists ({@code regler.csv}: 2018 {@code region_kommuner}/{@code region_fylker} for the annual programs, 2018 and
     * 2019 {@code kvartal_kommuner}/{@code kvartal_fylker} for the quarterly ones, a quarterly 0AK/0BK argument for a
     * fylke of {@code kvartal_fylker} taking the fylke list); empty when the release has no such list.
     */
    public Set<String> gyldigeRegioner() {
        return gyldigeRegioner;
    }

    private static Set<String> gyldigeRegioner(Kontoplan kontoplan, Skjema skjema, int year,
                                               ValidationContext context) {
        boolean kvartal = skjema.isKvartal();
        boolean fylke = Set.of("0C", "0D", "0K", "0L", "0P", "0Q").contains(skjema.grunnskjema())
                || kvartal && kontoplan.parameter("kvartal_fylker", year).contains(context.region());
        return Set.copyOf(kontoplan.parameter((kvartal ? "kvartal_" : "region_") + (fylke ? "fylker" : "kommuner"),
                year));
    }

    char[] regionChars() {
        return args.regionChars();
    }

    char[] orgnrChars() {
        return args.orgnrChars();
    }

    public char argKvartal() {
        return args.argKvartal();
    }

    public List<PostingRule> postingRules() {
        return postingRules;
    }

    public List<FileRule> fileRules() {
        return fileRules;
    }

    // -------------------------------------------------------------- severities

    /**
     * Controls 010-013: WARNING when the kvartal is one of the release's (the record's kvartal 1, 2 or 3; in the 2023
     * release the argument kvartal 1 or 2), else ERROR.
     */
    public Severity severityRecordKvartal(PostingView p) {
        char k = utgave.k010PostensKvartal() ? p.kvartal() : args.argKvartal();
        return k != ' ' && utgave.k010AdvarselKvartaler().indexOf(k) >= 0 ? Severity.WARNING : Severity.ERROR;
    }

    /**
     * Whether controls 010/012 (bevilgning or 0X/0Y record) resp. 011/013 ({@code balanse}) check this record: by the
     * record's own skjema field, or every record in the 2023 release.
     */
    public boolean checksKontoliste(PostingView p, boolean balanse) {
        if (!utgave.k010PostensSkjema()) {
            return true;
        }
        return balanse ? p.isBalanse() : p.isBevilgning() || p.isResultat();
    }

    /**
     * Controls 020-080: WARNING when the argument kvartal is 1 or 2, else ERROR; always ERROR when the release has no
     * such exception ({@link Utgave#kombinasjonKvartalAdvarsel()}).
     */
    public Severity severityArgQ12() {
        boolean q12 = args.argKvartal() == '1' || args.argKvartal() == '2';
        return q12 && utgave.kombinasjonKvartalAdvarsel() ? Severity.WARNING : Severity.ERROR;
    }

    /**
     * Whether controls 065-080 check this record: every record of a bevilgning skjema argument
     * ({@link Utgave#kombinasjonAllePoster()}), or a record of a bevilgning skjema.
     */
    public boolean kombinasjonPost(PostingView p) {
        return utgave.kombinasjonAllePoster() ? skjema.isBevilgning() : p.isBevilgning();
    }

    /**
     * Controls 100, 105, 130, 135: WARNING for quarterly runs (argument kvartal not blank) unless the release says
     * otherwise ({@link Utgave#sumAdvarselKvartal()}), else ERROR.
     */
    public Severity severityKvartalsrapport() {
        return args.argKvartal() != ' ' && utgave.sumAdvarselKvartal() ? Severity.WARNING : Severity.ERROR;
    }

    // -------------------------------------------------------------- lookups

    public boolean harFunksjonsliste() {
        return !funksjoner.isEmpty();
    }

    public boolean isGyldigFunksjon(PostingView p) {
        int f = p.funksjon3();
        return f >= 0 ? funksjoner.digits[f] : funksjoner.others.contains(p.trimmed(32, 36));
    }

    public boolean isUtgattFunksjon(PostingView p) {
        int f = p.funksjon3();
        return f >= 0 && utgatte[f];
    }

    public boolean harArtsliste() {
        return !arter.isEmpty();
    }

    public boolean isGyldigArt(PostingView p) {
        int a = p.art3();
        return a >= 0 ? arter.digits[a] : arter.others.contains(p.artFelt());
    }

    public boolean harKapittelliste() {
        return kapitler.length > 0;
    }

    public boolean isGyldigKapittel(PostingView p) {
        return Arrays.binarySearch(kapitler, p.kapittelKey()) >= 0;
    }

    public boolean harSektorliste() {
        return sektorer.length > 0;
    }

    public boolean isGyldigSektor(PostingView p) {
        return Arrays.binarySearch(sektorer, p.sektorKey()) >= 0;
    }

    public boolean isFunksjonUgyldigIDrift(PostingView p) {
        return in(funksjonUgyldigDrift, p.funksjon3());
    }

    public boolean isFunksjonUgyldigIInvestering(PostingView p) {
        return in(funksjonUgyldigInvestering, p.funksjon3());
    }

    public boolean isFunksjonUlogiskIInvestering(PostingView p) {
        return in(funksjonUlogiskInvestering, p.funksjon3());
    }

    public boolean isArtUgyldigIDrift(PostingView p) {
        return in(artUgyldigDrift, p.art3());
    }

    public boolean isArtUgyldigIInvestering(PostingView p) {
        return in(artUgyldigInvestering, p.art3());
    }

    public boolean isArtUlogiskIDrift(PostingView p) {
        return in(artUlogiskDrift, p.art3());
    }

    public boolean isArtUlogiskIInvestering(PostingView p) {
        return in(artUlogiskInvestering, p.art3());
    }

    public boolean isSkatteArt(PostingView p) {
        return in(skatteArter, p.art3());
    }

    /** Art 500-580, 830 or 900-980 (control 200 in the 2023 release: any number, not only the 0F list's arts). */
    public static boolean isFunksjon089Intervall(int art) {
        return art >= 500 && art <= 580 || art == 830 || art >= 900 && art <= 980;
    }

    public boolean isKirkeFunksjon089Art(PostingView p) {
        return in(kirkeFunksjon089Arter, p.art3());
    }

    /** A message computed once per run arguments and key (findings repeat; the text is shared). */
    public String melding(String key, Function<String, String> compute) {
        if (meldinger.size() > 10_000) {
            return compute.apply(key);
        }
        return meldinger.computeIfAbsent(key, compute);
    }

    private static boolean in(boolean[] table, int code) {
        return code >= 0 && table[code];
    }

    private static boolean[] tabell(Set<String> codes) {
        boolean[] t = new boolean[1000];
        for (String c : codes) {
            if (c.length() == 3 && Character.isDigit(c.charAt(0)) && Character.isDigit(c.charAt(1))
                    && Character.isDigit(c.charAt(2))) {
                t[Integer.parseInt(c)] = true;
            }
        }
        return t;
    }

    private static long[] keys(Set<String> codes, int len) {
        long[] k = new long[codes.size()];
        int i = 0;
        for (String c : codes) {
            k[i++] = PostingView.packCode(c, len);
        }
        Arrays.sort(k);
        return k;
    }

    /** Three-digit codes as a table, other codes (placeholders) as a set. */
    private static final class Tabell {
        final boolean[] digits = new boolean[1000];
        final Set<String> others = new HashSet<>();
        private final boolean empty;

        Tabell(Set<String> codes) {
            for (String c : codes) {
                if (c.length() == 3 && c.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    digits[Integer.parseInt(c)] = true;
                } else {
                    others.add(c);
                }
            }
            empty = codes.isEmpty();
        }

        boolean isEmpty() {
            return empty;
        }
    }

    /** The run arguments as the controls compare them (computed once per profile). */
    private record Argumenter(char argKvartal, String argSkjema2, char[] argSkjema2Chars, char[] aargangChars,
                              char[] regionChars, char[] orgnrChars) {
        static Argumenter of(ValidationContext context) {
            String skjema2 = context.skjema().length() >= 2 ? context.skjema().substring(0, 2) : context.skjema();
            return new Argumenter(context.kvartal().isEmpty() ? ' ' : context.kvartal().charAt(0), skjema2,
                    skjema2.toCharArray(), context.aargang() == null ? new char[0] : context.aargang().toCharArray(),
                    context.region() == null ? new char[0] : context.region().toCharArray(),
                    context.orgnr().toCharArray());
        }
    }
}
