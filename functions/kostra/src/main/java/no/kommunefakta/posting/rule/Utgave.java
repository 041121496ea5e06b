package no.kommunefakta.posting.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import no.kommunefakta.kostra.CsvResource;
import no.kommunefakta.posting.Severity;

/**
 * The release (utgave) of SSB's control program that judges one reporting year's data, and the rule settings that
 * differ between releases, as data ({@code no/kommunefakta/posting/utgaver.csv}): a release applies from its
 * {@code fra_aar} until the next release's. The rules read these settings instead of testing the year.
 *
 * @param fraAar                 the first reporting year judged by this release
 * @param commit                 the release's commit in statisticsnorway/kostra-kontrollprogram
 * @param k035Alvorlighet        severity of control 035 (art 520/920 in drift)
 * @param k035UnntatteFunksjoner funksjoner on which 520/920 are allowed in drift (empty: none)
 * @param k075Arter              the skatte arter that control 075 allows only on funksjon 800
 * @param k081Familier           the program parts that run control 081 (KOMMUNE, KVARTAL)
 * @param k081Arter              the arter allowed with funksjon 850 (control 081)
 * @param k081Alvorlighet        severity of control 081 ...
 * @param k081AndreKvartaler     ... except for these argument kvartaler, which get the other of WARNING/ERROR
 * @param k125PassivaAltUtenomAktiva control 125 counts every non-aktiva balance record as passiva (else 31-5999)
 * @param k126Bydel              controls 126/127 sum the Oslo bydeler (else region 030100 with record skjema 0A/0M)
 * @param k126Alvorlighet        severity of controls 126 and 127
 * @param k190Alvorlighet        severity of control 190
 * @param k190Margin             tolerance of control 190
 * @param nullposterDroppes      records whose trimmed belop is {@code "0"} are dropped before every control but 001
 *                               (else they are checked like any other record)
 * @param k008MotForetaksnr      control 008 compares the foretaksnr with the separate foretaksnr argument
 *                               (else: blank, or equal to the orgnr argument)
 * @param k010PostensKvartal     controls 010-013 lower the severity by the record's kvartal (else the argument's)
 * @param k010AdvarselKvartaler  the kvartaler for which controls 010-013 report WARNING instead of ERROR
 * @param k010PostensSkjema      controls 010/012 check only bevilgning and 0X/0Y records, 011/013 only balanse
 *                               records, by the record's own skjema field (else every record)
 * @param k075KunKommune         control 075 checks only kommune records (0A/0M), else every bevilgning record
 * @param k200Artsliste          control 200 allows the 0F art list's arts in 500-580, 830, 900-980 (else any number
 *                               in those ranges)
 * @param k007OrgnrListe         control 007 accepts any of the comma-separated orgnr in the argument (else the
 *                               argument as a whole)
 * @param k001Alvorlighet        severity and verdict of control 001 (record length): FATAL, or ERROR for the Java
 *                               release, which has no FATAL
 * @param kvartalFilkontroller   quarterly runs (0AK1-0DK4) have whole-file controls (015, 100, 105, 130, 135); the
 *                               Java release's quarterly program has none
 * @param k002Filbeskrivelse     the release's "Kontroll 02 Filbeskrivelse" runs (annual and kirke files)
 * @param sumUtenPoster          the sum-presence controls 085/090/100/105/130/135 are decided by the argument skjema
 *                               and region, also when the file has no record of that kind (else only when it has);
 *                               115/120 likewise by the argument skjema
 * @param kunDifferanse          controls 110 and 125 report only a difference outside ±30 / ±10 (else also no
 *                               expenses or income, aktiva &lt;= 0 or passiva &gt;= 0)
 * @param k003KvartalFylke       control 003 in quarterly runs for a region ending in 0000 expects 0C for 0A and 0D
 *                               for 0B (the Java release's quarterly program turns the skjema argument into the
 *                               fylke skjema, whose code lists it then uses)
 * @param kontotypeEtterArgument records are drift, investering or balanse by the argument skjema's kontoklasser
 *                               (another kontoklasse: none), not by the record's own skjema field
 * @param k113                   control 113 (kirke tilskudd) exists
 * @param sumAdvarselKvartal     controls 100/105/130/135 are WARNING when a kvartal argument is given (else ERROR)
 * @param nullposterFeltkontroller per program part (KOMMUNE, KIRKE, KVARTAL), the last control that still sees
 *                               zero-amount records when they are dropped (the Java release drops them after its field
 *                               controls); absent: dropped before every control but 001
 * @param k014Trimmet            control 014 checks the belop after trimming trailing blanks (a left-aligned amount is
 *                               valid)
 * @param k200                   control 200 reports (in the 2021 release it selects the records whose art is already
 *                               in the allowed list, so it never reports)
 * @param helseforetak           the release validates the helseforetak skjema 0X/0Y (HelseForetakMain: controls
 *                               001, 003-015 with the helseforetak lists, 500-540); without it they are unknown skjema.
 * @param k001Tab                a TAB in a 48-character line is control 001 (else only the length counts: the Java
 *                               releases' {@code Pattern.matches("\\t", line)} matches only a line that is one TAB).
 * @param k010PostensSkjema2     controls 010-013 run a second time on the non-zero records of annual kommune files,
 *                               against the lists of each record's own skjema, region and orgnr (the 2022 release).
 * @param k010Venstrejustert     control 010 requires the funksjon left-aligned (the Java releases compare the raw
 *                               field with the list's right-padded codes: " 870" is invalid)
 * @param k135                   control 135 (rammetilskudd present) exists; the 2020 release checks only that art
 *                               800 is not on other funksjoner than 840
 * @param k145Myk                severity of control 145 for 0I/0K (the other skjema get ERROR)
 * @param k150Alvorlighet        severity of control 150 whatever the skjema; absent ({@code skjema}): ERROR for
 *                               regional skjema, INFO otherwise
 * @param avskrivningerUnntatteOrgnr orgnr arguments for which the avskrivning controls 145-165 do not run (the 2020
 *                               release's {@code exceptionsOrgnr}: Oslo, Drammen, Bergen, Sør-Trøndelag)
 * @param kirkeSummerEtterArgument in kirke files (argument 0F) controls 100, 105 and 113 are decided by the argument
 *                               alone and sum every drift record (113: art 830 of every record, whatever its
 *                               kontoklasse), whatever its region and skjema field (the 2020 release); else only when
 *                               the file has drift records of a regional skjema
 * @param k200Alvorlighet        severity of control 200 (WARNING in the 2020 release)
 * @param kombinasjonMotKontoliste per program part (KOMMUNE, KVARTAL), the severity with which controls 020, 025
 *                               and 050 check the funksjon/art against the argument skjema's whole list minus the
 *                               codes only valid in the other part, on every record the part has not dropped (so an
 *                               invalid code is reported by them too), and control 040 never reports (the Java
 *                               releases' {@code getSpesifikkeFunksjoner/Arter}: annual 2020 ERROR, its 040 check
 *                               selects the records it then accepts; quarterly 2020-2022 WARNING, no 040; kirke
 *                               2021-2022 ERROR, {@code controlKombinasjonKontoklasseArt}); absent:
 *                               the combination controls of the Kotlin program
 * @param k016                   control 016 (kapittel 5900/5970 sign) exists (not in the 2020 release)
 * @param kvartalKontroller      the posting controls of the quarterly program (empty: every control of the rule set);
 *                               the Java releases' quarterly program has only the field controls 003-014 and its own
 *                               combination checks 020, 025, 050
 * @param nullpostHeltall        a record is a zero-amount record when its trimmed belop reads as the integer 0
 *                               ({@code Integer.parseInt}: "-0", "+0", "000" too; the Java releases'
 *                               {@code removeBelopEquals0}; their combination controls then check every remaining
 *                               record, also one whose belop is no number), else only when the trimmed belop is
 *                               {@code "0"} (and the combination controls skip a belop that reads as 0)
 * @param tomFil                 how a file without records is judged: an ERROR without findings (FEIL), control 001
 *                               without a line (K001, the 2020 release), or by the controls, which then see no record
 *                               (KONTROLLERES, OK when none reports: the Java releases 2021-2022)
 * @param sumAllePoster          the sum controls 085-110 add every record of the argument skjema's kontoklasse,
 *                               whatever its skjema field and region, utgifter art 10-590 and inntekter art 600-990
 *                               ({@code ControlRegnskap.getSumUtgifter/getSumInntekter} of the Java releases); an Oslo
 *                               bydel argument switches them off. Else only records outside the Oslo bydeler (085,
 *                               090, 105: of a regional skjema), utgifter art 10-599, inntekter the rest
 * @param infoDom                the verdict of a run whose worst finding is INFO: INFO, or OK in the Java releases
 *                               (their "Kun advarsel" entries leave the exit code 0)
 * @param k200Linje              control 200 names the record's line (the 2022 release reports each record without
 *                               a line: {@code kirkekostra/Main.control200Funksjon089}, linjenummer blank)
 * @param k015Linjer             control 015 reports each duplicated combination with its lines (else the Java
 *                               releases' single entry for the file, without lines: {@code ControlDubletter})
 * @param kirkeKontoklasseArt    kirke files: 025 checks the art of drift records, 050 of investering records (DELT);
 *                               one control checks both against the list, reported as 050 (EN: the 2022 kirke
 *                               program's two checks share the title "Kombinasjon kontoklasse og art"); or neither
 *                               reports (INGEN: the 2021 release's {@code controlKombinasjonKontoklasseArt} first
 *                               keeps the records whose art is in the list)
 * @param kombinasjonAllePoster  controls 065-080 check every record, whatever its skjema field (the Java releases'
 *                               {@code kontroll65/70/75/80} filter by art and funksjon only), else only records of a
 *                               bevilgning skjema
 * @param kombinasjonKvartalAdvarsel controls 020-080 are WARNING for the argument kvartal 1 and 2 (else always the
 *                               release's severity: ERROR, {@code CRITICAL_ERROR} in the Java releases)
 * @param osloFunksjonerSkjema   the annual skjema whose funksjon list gets the Oslo and fylke funksjoner for Oslo and
 *                               its bydeler (the Java releases: 0A, 0I, 0M; {@code getFunksjonKapittelAsList});
 *                               empty: every bevilgning skjema
 * @param k014LinjeEtterNullposter the program parts (KVARTAL) whose control 014 numbers a record among the records
 *                               left after the zero-amount records were dropped (the 2022 quarterly program checks
 *                               the belop of that list: {@code ControlFelt1ListeHeltall}, "Linjenummer" = list index)
 * @param k126                   controls 126 and 127 (the Oslo internal arts 298/798) exist (not in the Java releases)
 * @param k001Samlet             control 001 is one finding for the file naming every line of the wrong length (the
 *                               Java releases' single "Kontroll 01 Recordlengde" entry, "Gjelder for linjene: …"),
 *                               else one finding per line
 * @param feltkontrollLinjerMaks the field controls 003-014 report at most this many lines for one value (014: for the
 *                               file); a value found on more lines is one finding without lines (the Java releases'
 *                               {@code ControlFelt1Liste…}: "Gjelder for flere enn 50 linjer"); 0: no limit
 * @param k143AlleFunksjoner     kirke control 143 sums art 590 and 990 of every 0F drift record whatever its funksjon
 *                               (the Java releases' {@code kirkekostra/Main.controlAvskrivninger}), else funksjon 041-045
 * @param kombinasjonVenstrejustert controls 020, 040, 045 and 065 compare the raw funksjon field with their left-aligned
 *                               codes, so a right-aligned funksjon (" 899", " 171") is none of them (the Java releases'
 *                               {@code Comparator.isCodeInCodeList} on {@code "899 "}, {@code "171 "} …), as 010 does
 *                               ({@link #k010Venstrejustert()})
 * @param kommuneKontroller      the posting controls of the annual kommune program (empty: every control of the rule
 *                               set); the 2020 release's {@code kostra/Main.java} has the field controls 002-014 and
 *                               the combination controls 020, 025, 040, 050, 060, 065, 075 and 080 only (no 016, 030,
 *                               035, 045, 055, 070, 081)
 * @param aktivaKapitler         per program part (KOMMUNE, KIRKE), the balance kapitler that controls 115 and 125 sum
 *                               as aktiva when not 10-29 (the 2020 release: KOMMUNE 10-28, KIRKE 10-27; the kapitler
 *                               left out count neither as aktiva nor as passiva there); see {@link #aktivaKapitler(Skjema.Familie)}
 * @param k003UtenStorrelse      control 003 compares the record's skjema with the argument ignoring case ("0a" is
 *                               0A: the 2020 release's {@code Comparator.isCodeInCodelist}, {@code equalsIgnoreCase})
 * @param skattSomSum            art 870 off funksjon 800 (075) and art 800 off funksjon 840 (080) are sum checks: for
 *                               the argument skjema 0A/0C/0M/0P outside the Oslo bydeler and Longyearbyen the belop of
 *                               the drift records with that art (exactly) on another funksjon (trimmed) must sum to 0,
 *                               one finding for the file without a line; 075's per-record check of the other
 *                               {@link #k075Arter()} (874, 875) then covers the drift records of a 0A/0M argument (the
 *                               2020 release's "Skatteinntekter og rammetilskudd" checks, {@code kostra/Main.java})
 * @param osloArterSkjema        the annual skjema whose art list gets the Oslo arts (298, 379, 798) for Oslo and its
 *                               bydeler (0A, 0M; every bevilgning skjema in the 2020 and 2021 releases)
 * @param k200Kontoklasser       control 200 checks only records of these kontoklasse characters, with funksjon and art
 *                               read as the Java packages read them (up to the first blank, a signed integer; a record
 *                               whose funksjon or art is no number is not checked; a zero amount is: the 2018/2019
 *                               {@code regn0F ControlFunksjon089}); empty: every bevilgning record
 * @param belopAvbryter          the annual skjema (packages) whose run stops at a record whose belop, the text after the
 *                               field's last blank, is no integer: FATAL without findings (the 2018/2019 packages
 *                               read every record's belop with {@code Integer.parseInt} outside a {@code try}, in
 *                               {@code regn0A/0M Control23a}, {@code regn0C/0K/0P Control22a}, {@code regn0I
 *                               Control24a}; the CLI turns the exception into exit 254); empty: none
 * @param k180OsloBydel          with {@link #sumAllePoster()}: the fylke controls 180/185 (funksjon 465 nets to 0) also
 *                               run for an Oslo bydel argument (the 2020 release; from 2021 the Java releases skip it,
 *                               as they skip 170/175)
 * @param k001Stopper            a line of the wrong length (or with a TAB, {@link #k001Tab()}) stops the controls of the
 *                               whole file (else, as in the per-skjema programs of 2018/2019: that line alone is left
 *                               out, a TAB line of 48 characters is controlled as any other, and each of the two checks
 *                               is one finding naming its lines, none when more than 10: {@code ControlRecordlengde},
 *                               {@code ControlRecord})
 */
public record Utgave(int fraAar, String commit, Severity k035Alvorlighet, Set<Integer> k035UnntatteFunksjoner,
                     Set<Integer> k075Arter, Set<String> k081Familier, Set<Integer> k081Arter,
                     Severity k081Alvorlighet, String k081AndreKvartaler, boolean k125PassivaAltUtenomAktiva,
                     boolean k126Bydel, Severity k126Alvorlighet, Severity k190Alvorlighet, int k190Margin,
                     boolean nullposterDroppes, boolean k008MotForetaksnr, boolean k010PostensKvartal,
                     String k010AdvarselKvartaler, boolean k010PostensSkjema, boolean k075KunKommune,
                     boolean k200Artsliste, boolean k007OrgnrListe, Severity k001Alvorlighet,
                     boolean kvartalFilkontroller, boolean k002Filbeskrivelse,
                     boolean sumUtenPoster, boolean kunDifferanse, boolean k003KvartalFylke,
                     boolean kontotypeEtterArgument, boolean k113, boolean sumAdvarselKvartal,
                     Map<String, String> nullposterFeltkontroller, boolean k014Trimmet,
                     boolean k200, boolean helseforetak, boolean k001Tab,
                     boolean k010PostensSkjema2, boolean k010Venstrejustert,
                     boolean k135, Severity k145Myk, Optional<Severity> k150Alvorlighet,
                     Set<String> avskrivningerUnntatteOrgnr, boolean kirkeSummerEtterArgument,
                     Severity k200Alvorlighet, Map<String, Severity> kombinasjonMotKontoliste,
                     boolean k016, Set<String> kvartalKontroller, boolean nullpostHeltall,
                     TomFil tomFil, boolean sumAllePoster, Severity infoDom,
                     boolean k200Linje, boolean k015Linjer, KirkeKontoklasseArt kirkeKontoklasseArt,
                     boolean kombinasjonAllePoster, boolean kombinasjonKvartalAdvarsel,
                     Set<String> osloFunksjonerSkjema, Set<String> k014LinjeEtterNullposter, boolean k126,
                     boolean k001Samlet, int feltkontrollLinjerMaks, boolean k143AlleFunksjoner,
                     boolean kombinasjonVenstrejustert, Set<String> kommuneKontroller,
                     Map<String, Intervall> aktivaKapitler, boolean k003UtenStorrelse, boolean skattSomSum,
                     Set<String> osloArterSkjema, boolean k180OsloBydel, Set<Character> k200Kontoklasser,
                     Set<String> belopAvbryter, boolean k001Stopper) {

    private static final TreeMap<Integer, Utgave> ALLE = load();

    /** Which controls check the art of kirke records against the kontoklasse ({@link #kirkeKontoklasseArt()}). */
    public enum KirkeKontoklasseArt {
        /** 025 for drift, 050 for investering records. */
        DELT,
        /** 050 for both (one title in the 2022 kirke program). */
        EN,
        /** Neither reports (the 2021 kirke program). */
        INGEN
    }

    /** A closed range of numbers, written {@code fra-til} in {@code utgaver.csv}. */
    public record Intervall(int fra, int til) {
        static Intervall parse(String s) {
            String[] ft = s.split("-");
            if (ft.length != 2) {
                throw new IllegalStateException("utgaver.csv: '" + s + "' is not FRA-TIL");
            }
            return new Intervall(Integer.parseInt(ft[0].trim()), Integer.parseInt(ft[1].trim()));
        }

        /** Whether {@code n} lies in the range, both ends included. */
        public boolean inneholder(int n) {
            return n >= fra && n <= til;
        }
    }

    /** How a release judges a file without records ({@link #tomFil()}). */
    public enum TomFil {
        /** ERROR without findings (the Kotlin releases). */
        FEIL,
        /** Control 001 without a line (the 2020 release). */
        K001,
        /** The controls run on no record; their findings decide (the 2021 and 2022 releases). */
        KONTROLLERES,
        /**
         * The controls run on no record; their findings decide, and when none reports the file is ERROR without
         * findings (the 2018 and 2019 packages: "Finner ingen data!").
         */
        KONTROLLERES_FEIL
    }

    /**
     * Whether a run of this skjema stops at a record whose belop is no integer ({@link #belopAvbryter()}; a quarterly
     * skjema is no package of that list).
     */
    public boolean belopAvbryter(no.kommunefakta.kostra.Skjema skjema) {
        return !belopAvbryter.isEmpty() && !skjema.isKvartal() && belopAvbryter.contains(skjema.grunnskjema());
    }

    /** The release that judges this reporting year (the earliest release for years before it). */
    public static Utgave forAar(int year) {
        Map.Entry<Integer, Utgave> e = ALLE.floorEntry(year);
        return e != null ? e.getValue() : ALLE.firstEntry().getValue();
    }

    /** The reporting years of the chart of accounts whose judging release has the setting, e.g. [2023]. */
    public static List<Integer> aarMed(java.util.function.Predicate<Utgave> setting) {
        return no.kommunefakta.kostra.Kontoplan.standard().years().stream().filter(y -> setting.test(forAar(y))).toList();
    }

    /** All releases, by first year. */
    public static List<Utgave> alle() {
        return List.copyOf(ALLE.values());
    }

    /** Control 081's severity for an argument kvartal. */
    public Severity k081Alvorlighet(char argKvartal) {
        boolean andre = k081AndreKvartaler.indexOf(argKvartal) >= 0 && argKvartal != ' ';
        if (!andre) {
            return k081Alvorlighet;
        }
        return k081Alvorlighet == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
    }

    private static Set<Character> kontoklasser(String s) {
        Set<Character> r = new java.util.TreeSet<>();
        for (String w : words(s)) {
            if (w.length() != 1) {
                throw new IllegalStateException("utgaver.csv: k200_kontoklasser '" + s + "'");
            }
            r.add(w.charAt(0));
        }
        return Set.copyOf(r);
    }

    private static TreeMap<Integer, Utgave> load() {
        TreeMap<Integer, Utgave> result = new TreeMap<>();
        for (List<String> r : CsvResource.read("/no/kommunefakta/posting/utgaver.csv")) {
            int fra = Integer.parseInt(r.get(0));
            result.put(fra, new Utgave(fra, r.get(1), Severity.valueOf(r.get(3)), ints(r.get(4)), ints(r.get(5)),
                    Set.of(words(r.get(6))), ints(r.get(7)), Severity.valueOf(r.get(8)), r.get(9),
                    "alt_utenom_aktiva".equals(r.get(10)), "bydel".equals(r.get(11)), Severity.valueOf(r.get(12)),
                    Severity.valueOf(r.get(13)), Integer.parseInt(r.get(14)),
                    choice(r.get(15), "droppes", "kontrolleres"), choice(r.get(16), "foretaksnr", "orgnr"),
                    choice(words(r.get(17))[0], "post", "arg"), String.join("", words(r.get(17))).substring(
                    words(r.get(17))[0].length()), choice(r.get(18), "postens_skjema", "alle"),
                    choice(r.get(19), "kommune", "bevilgning"), choice(r.get(20), "artsliste", "intervall"),
                    choice(r.get(21), "kommaliste", "ett"), Severity.valueOf(r.get(22)),
                    choice(r.get(23), "ja", "nei"), choice(r.get(24), "ja", "nei"),
                    choice(r.get(25), "ja", "nei"), choice(r.get(26), "ja", "nei"),
                    choice(r.get(27), "ja", "nei"), choice(r.get(28), "argument", "post"),
                    choice(r.get(29), "ja", "nei"), choice(r.get(30), "ja", "nei"), familieKontroll(r.get(31)),
                    choice(r.get(32), "ja", "nei"), choice(r.get(33), "ja", "nei"),
                    choice(r.get(34), "ja", "nei"),
                    choice(r.get(35), "ja", "nei"),
                    choice(r.get(36), "ja", "nei"),
                    choice(r.get(37), "ja", "nei"),
                    choice(r.get(38), "ja", "nei"), Severity.valueOf(r.get(39)),
                    "skjema".equals(r.get(40)) ? Optional.empty() : Optional.of(Severity.valueOf(r.get(40))),
                    Set.of(words(r.get(41))), choice(r.get(42), "argument", "poster"),
                    Severity.valueOf(r.get(43)), familieAlvorlighet(r.get(44)),
                    choice(r.get(45), "ja", "nei"), Set.of(words(r.get(46))), choice(r.get(47), "ja", "nei"),
                    TomFil.valueOf(r.get(48).toUpperCase(java.util.Locale.ROOT)), choice(r.get(49), "ja", "nei"),
                    Severity.valueOf(r.get(50)), choice(r.get(51), "ja", "nei"),
                    choice(r.get(52), "ja", "nei"), KirkeKontoklasseArt.valueOf(r.get(53).toUpperCase(java.util.Locale.ROOT)),
                    choice(r.get(54), "ja", "nei"), choice(r.get(55), "ja", "nei"),
                    Set.of(words(r.get(56))), Set.of(words(r.get(57))), choice(r.get(58), "ja", "nei"),
                    choice(r.get(59), "ja", "nei"), Integer.parseInt(r.get(60)), choice(r.get(61), "ja", "nei"),
                    choice(r.get(62), "ja", "nei"), Set.of(words(r.get(63))),
                    aktivaKapitler(r.get(64)), choice(r.get(65), "ja", "nei"), choice(r.get(66), "ja", "nei"),
                    Set.of(words(r.get(67))), choice(r.get(68), "ja", "nei"), kontoklasser(r.get(69)),
                    Set.of(words(r.get(70))), choice(r.get(71), "ja", "nei")));
        }
        return result;
    }

    private static Map<String, String> familieKontroll(String s) {
        Map<String, String> result = new TreeMap<>();
        for (String w : words(s)) {
            String[] kv = w.split(":");
            if (kv.length != 2) {
                throw new IllegalStateException("utgaver.csv: '" + w + "' is not FAMILIE:VERDI");
            }
            result.put(kv[0], kv[1]);
        }
        return Map.copyOf(result);
    }

    /** The aktiva kapitler of controls 115 and 125 in this program part ({@link #aktivaKapitler()}; default 10-29). */
    public Intervall aktivaKapitler(no.kommunefakta.kostra.Skjema.Familie familie) {
        return aktivaKapitler.getOrDefault(familie.name(), AKTIVA);
    }

    private static final Intervall AKTIVA = new Intervall(10, 29);

    private static Map<String, Intervall> aktivaKapitler(String s) {
        Map<String, Intervall> result = new TreeMap<>();
        familieKontroll(s).forEach((familie, intervall) -> result.put(familie, Intervall.parse(intervall)));
        return Map.copyOf(result);
    }

    private static Map<String, Severity> familieAlvorlighet(String s) {
        Map<String, Severity> result = new TreeMap<>();
        familieKontroll(s).forEach((familie, severity) -> result.put(familie, Severity.valueOf(severity)));
        return Map.copyOf(result);
    }

    private static boolean choice(String value, String yes, String no) {
        if (yes.equals(value)) {
            return true;
        }
        if (no.equals(value)) {
            return false;
        }
        throw new IllegalStateException("utgaver.csv: '" + value + "' is neither " + yes + " nor " + no);
    }

    private static String[] words(String s) {
        return s.isBlank() ? new String[0] : s.trim().split(" +");
    }

    private static Set<Integer> ints(String s) {
        java.util.Set<Integer> result = new java.util.TreeSet<>();
        for (String w : words(s)) {
            result.add(Integer.parseInt(w));
        }
        return Set.copyOf(result);
    }
}
