package no.kommunefakta.posting.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import no.kommunefakta.kostra.CsvResource;
import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * One package (per-skjema program) of the releases that have a program per skjema (the 2018 and 2019 releases:
 * {@code regnskap/regn0A}, {@code regn0Akvartal} ... {@code regn0Q}), as data ({@code no/kommunefakta/posting/pakker.csv}):
 * the record controls it runs and the severity each reports with. A release without rows there runs the rule set's
 * controls with their own severities.
 *
 * @param pakke      the package's skjema: the grunnskjema, with {@code K} for the quarterly packages ({@code 0AK})
 * @param kontroller the record controls the package runs, with their severity
 * @param lister     per control 010-013, the package's own code lists ({@code pakkelister.csv}), a region's list before
 *                   the list for every other region
 * @param tallfelt   the characters (0-based, end exclusive) that control 014 requires to be digits or blanks
 *                   ({@code ControlNumericalFields}: 2-39, in 0A/0M 32-39, funksjon and art; the belop is not
 *                   checked); empty for a package without control 014
 * @param nullkoder  the fields ({@code funksjon}, {@code art}) that control 014 also rejects as {@code "000"} (up to
 *                   their first blank)
 * @param orgnrBlank control 007 requires the record's orgnr to be blank (the kommune and fylke packages'
 *                   {@code ControlOrgNummer}), else to equal the orgnr argument after trimming (0F, 0G, 0I-0L)
 * @param hoppTegn   a record containing one of these characters (case-sensitive) is not controlled at all, only its
 *                   length is ({@code regn0Akvartal/Main.start}: {@code contains("z") || contains("~")})
 * @param kombinasjoner per control 020, 025, 040, 050, the package's own combination checks
 *                   ({@code pakkekombinasjoner.csv}); a control with rows here runs them instead of the rule's check
 * @param egne       the package's checks without a number in our numbering, by their id (the package and the
 *                   release's title, e.g. {@code "0F Kontroll 15, sjekk at beløpene ikke har mer enn 6 siffer"}),
 *                   each with its own rule and severity
 * @param utenLinjer the findings the package reports without naming a record: a control ({@code 004}: 0F/0G's
 *                   {@code ControlAargang} counts the records only) or a part of one ({@code 006/ugyldig}: 2018 0A's
 *                   {@code ControlKommunenummer} counts a region not in its list but no longer prints those records)
 * @param linjerMaks a file sum of summed combination checks ({@link Kombinasjon#summert()}) names its records when
 *                   there are at most this many ({@code ControlSkatteinntekter}: {@code lineNum <= 10}), else none
 */
public record Pakke(String pakke, Map<String, Severity> kontroller, Map<String, List<Liste>> lister,
                    Optional<Utgave.Intervall> tallfelt, Set<String> nullkoder, boolean orgnrBlank,
                    String hoppTegn, Map<String, List<Kombinasjon>> kombinasjoner, Set<String> egne,
                    Set<String> utenLinjer, int linjerMaks) {

    private static final Map<Integer, Map<String, Pakke>> PAKKER = load();

    public Pakke {
        kontroller = Map.copyOf(kontroller);
        lister = Map.copyOf(lister);
        nullkoder = Set.copyOf(nullkoder);
        kombinasjoner = Map.copyOf(kombinasjoner);
        egne = Set.copyOf(egne);
        utenLinjer = Set.copyOf(utenLinjer);
    }

    /** Whether the package reports this control, or this part of one ({@code "006/ugyldig"}), without lines. */
    public boolean utenLinje(String kontrollEllerDel) {
        return utenLinjer.contains(kontrollEllerDel);
    }

    /**
     * One combination check of a package ({@code ControlKontoklasseOgFunksjon}, {@code ControlKontoklasseOgArtDrift},
     * {@code ControlKontoklasseOgArtInvestering}, {@code Control8a}, the funksjon 841/art 729 checks 060, the
     * funksjon 899/art 580 checks 065, the art 874/875 check and the skatt and rammetilskudd sums 075/080): a record of
     * this kontoklasse (ignoring case) whose funksjon or art (up to its first blank) is one of {@code koder} is
     * reported, when its other field meets {@code andre}.
     *
     * @param kontoklasse the record's kontoklasse the check looks at; {@code !1}: every kontoklasse but 1 (0C/0P
     *                    {@code Control8a}: funksjon 800, 840, 860 {@code && !kontoklasse.equalsIgnoreCase("1")});
     *                    {@code *}: any
     * @param art         the art is compared (else the funksjon)
     * @param koder       the codes not allowed with that kontoklasse, lower case; {@code 100-799}: the field read as
     *                    an integer ({@code Integer.parseInt} up to the first blank) in that range
     * @param andre       the codes of the other field (the funksjon when {@code art}, else the art) the record must
     *                    have to be reported; empty: any
     * @param andreUnntak {@code andre} are the codes that allow the combination instead (065: funksjon 899 only with
     *                    art 580/980, art 580/980 only on funksjon 899)
     * @param nullHoppes  a record whose belop (the text after its last blank) reads as 0 or is no integer is not
     *                    checked (060 {@code Control23a/b}: {@code if (belop != 0)})
     * @param summert     the record is one part of a file sum ({@code ControlSkatteinntekter}: the sum of art 870 on
     *                    other funksjoner must be 0): its finding is {@link PostingRule#SUMMERT}, the file reports
     *                    when the parts do not sum to 0
     * @param utenOsloLongyearbyen a record of an Oslo bydel (0301xx, xx not 00) or of Longyearbyen (211100) is not
     *                    checked, and, for a {@code summert} check, switches the file sum off for the whole file
     *                    (0A/0M {@code ControlSkatteinntekter}: {@code isOslo}, whatever the record's other fields;
     *                    the record gives a {@link PostingRule#SUMMERT_AV} finding)
     */
    public record Kombinasjon(String kontoklasse, boolean art, Set<String> koder, Set<String> andre,
                              boolean andreUnntak, boolean nullHoppes, boolean summert,
                              boolean utenOsloLongyearbyen) {
        public Kombinasjon {
            koder = Set.copyOf(koder);
            andre = Set.copyOf(andre);
        }

        /** Whether the check reports this record. */
        public boolean avviser(PostingView p) {
            boolean ikke = kontoklasse.startsWith("!");
            if (!"*".equals(kontoklasse)
                    && p.field(31, 32).equalsIgnoreCase(ikke ? kontoklasse.substring(1) : kontoklasse) == ikke) {
                return false;
            }
            if (!har(koder, p, art) || !andre.isEmpty() && har(andre, p, !art) != !andreUnntak) {
                return false;
            }
            if (utenOsloLongyearbyen && (Pakkekontroller.osloBydel(p) || Pakkekontroller.longyearbyen(p))) {
                return false;
            }
            if (nullHoppes) {
                long belop = Pakkekontroller.belopEtterBlank(p);
                return belop != Pakkekontroller.UGYLDIG && belop != 0;
            }
            return true;
        }

        private static boolean har(Set<String> koder, PostingView p, boolean art) {
            if (koder.contains((art ? raaTilBlank(p, 36, 39) : raaTilBlank(p, 32, 36)).toLowerCase(Locale.ROOT))) {
                return true;
            }
            long tall = Long.MIN_VALUE + 1;
            for (String k : koder) {
                int strek = k.indexOf('-', 1);
                if (strek > 0) {
                    if (tall == Long.MIN_VALUE + 1) {
                        tall = art ? Pakkekontroller.heltallTilBlank(p, 36, 39)
                                : Pakkekontroller.heltallTilBlank(p, 32, 36);
                    }
                    if (tall != Pakkekontroller.UGYLDIG && tall >= Integer.parseInt(k.substring(0, strek))
                            && tall <= Integer.parseInt(k.substring(strek + 1))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Whether control 014 of the package reports this record: a character of {@link #tallfelt()} that is neither a
     * digit nor a blank, or a funksjon/art of {@link #nullkoder()} that is {@code "000"}.
     */
    public boolean tallfeltAvviser(PostingView p) {
        if (tallfelt.isEmpty()) {
            return false;
        }
        String felt = p.field(tallfelt.get().fra(), tallfelt.get().til() + 1);
        for (int i = 0; i < felt.length(); i++) {
            char c = felt.charAt(i);
            if (c != ' ' && !Character.isDigit(c)) {
                return true;
            }
        }
        return nullkoder.contains("funksjon") && "000".equals(tilBlank(p.field(32, 36)))
                || nullkoder.contains("art") && "000".equals(tilBlank(p.field(36, 39)));
    }

    /** Whether the package leaves this record uncontrolled ({@link #hoppTegn()}). */
    public boolean hopperOver(PostingView p) {
        if (hoppTegn.isEmpty()) {
            return false;
        }
        String record = p.field(0, 48);
        for (int i = 0; i < hoppTegn.length(); i++) {
            if (record.indexOf(hoppTegn.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether control 007 of the package reports this record ({@link #orgnrBlank()}). */
    public boolean orgnrAvviser(PostingView p, String orgnrArgument) {
        String orgnr = p.field(13, 22);
        // blank: nine spaces exactly (a TAB in the field is not blank to the packages)
        return orgnrBlank ? !"         ".equals(orgnr) : !orgnr.trim().equalsIgnoreCase(orgnrArgument);
    }

    /** The characters {@code fra}-{@code til} of the record, untrimmed, up to the first blank. */
    static String raaTilBlank(PostingView p, int fra, int til) {
        StringBuilder b = new StringBuilder(til - fra);
        for (int i = fra; i < til && p.at(i) != ' '; i++) {
            b.append(p.at(i));
        }
        return b.toString();
    }

    /** The field up to its first blank (the packages' {@code RecordFields.getFunksjon/getArt}). */
    static String tilBlank(String felt) {
        int blank = felt.indexOf(' ');
        return blank < 0 ? felt : felt.substring(0, blank);
    }

    /**
     * One code list of a package's control 010-013 ({@code ControlFunksjoner}, {@code ControlKapitler},
     * {@code ControlArter}, {@code ControlSektorer}): the record's characters {@code fra}-{@code til} (0-based) up to
     * the first blank must be one of {@code koder} (ignoring case).
     *
     * @param fra             first character of the field (31 for the quarterly balance packages' kapittel, which
     *                        includes the kontoklasse: {@code "210"} is kontoklasse 2, kapittel 10)
     * @param til             end of the field (exclusive)
     * @param nullpostHoppes  a record whose belop (after its last blank) reads as 0 while the field is not blank, or
     *                        does not read as an integer, is not checked
     * @param regioner        the region arguments this list is for; empty: every region without a list of its own
     * @param koder           the valid codes, lower case
     */
    public record Liste(int fra, int til, boolean nullpostHoppes, Set<String> regioner, Set<String> koder) {
        public Liste {
            regioner = Set.copyOf(regioner);
            koder = Set.copyOf(koder);
        }

        /** Whether the package reports this record: a checked record whose field is not in the list. */
        public boolean avviser(PostingView p) {
            // RecordFields.getFunksjon/getArt: the field as it stands up to its first blank (a leading blank: "")
            String kode = raaTilBlank(p, fra, til);
            if (nullpostHoppes) {
                String belop = p.field(39, 48);
                belop = belop.substring(belop.lastIndexOf(' ') + 1);
                try {
                    if (Integer.parseInt(belop) == 0 && !kode.isBlank()) {
                        return false;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            return !koder.contains(kode.toLowerCase(Locale.ROOT));
        }
    }

    /** The package's list of {@code control} for the region argument {@code region}, if it has one. */
    public Optional<Liste> liste(String control, String region) {
        List<Liste> l = lister.getOrDefault(control, List.of());
        return l.stream().filter(x -> x.regioner().contains(region)).findFirst()
                .or(() -> l.stream().filter(x -> x.regioner().isEmpty()).findFirst());
    }

    /**
     * The package of the release {@code utgave} that judges a run with the (list) skjema {@code skjema}, if the release
     * has packages.
     */
    public static Optional<Pakke> of(Utgave utgave, Skjema skjema) {
        Map<String, Pakke> pakker = PAKKER.get(utgave.fraAar());
        if (pakker == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(pakker.get(skjema.grunnskjema() + (skjema.isKvartal() ? "K" : "")));
    }

    /** Whether the package runs this control. */
    public boolean kjorer(String control) {
        return kontroller.containsKey(control) || egne.contains(control);
    }

    /**
     * {@code rule} as the package runs it: its findings with the package's severity for the control, or the package's
     * own combination checks in its place ({@link #kombinasjoner()}).
     */
    PostingRule regel(PostingRule rule) {
        Severity severity = kontroller.get(rule.control());
        if (severity == null) {
            return rule;
        }
        List<Kombinasjon> egneKombinasjoner = kombinasjoner.get(rule.control());
        if (egneKombinasjoner != null) {
            // 0A/0M ControlSkatteinntekter: any record of an Oslo bydel or Longyearbyen switches its sums off (isOslo)
            boolean avEtterRegion = egneKombinasjoner.stream().anyMatch(k -> k.summert() && k.utenOsloLongyearbyen());
            return new PostingRule() {
                @Override
                public String control() {
                    return rule.control();
                }

                @Override
                public void check(PostingView p, Profil profil, Consumer<Finding> out) {
                    if (avEtterRegion && (Pakkekontroller.osloBydel(p) || Pakkekontroller.longyearbyen(p))) {
                        out.accept(p.finding(control(), severity, SUMMERT_AV, "", "En postering for en bydel i Oslo"
                                + " eller for Longyearbyen slår av summen for hele filen i " + pakke + "."));
                    }
                    for (Kombinasjon k : egneKombinasjoner) {
                        if (k.avviser(p)) {
                            String felt = k.art() ? "art" : "funksjon";
                            String value = k.art() ? p.field(36, 39) : p.field(32, 36);
                            String melding = "Kombinasjonen kontoklasse " + p.field(31, 32) + (k.andre().isEmpty()
                                    ? " og " + felt + " " + value.trim()
                                    : ", funksjon " + p.field(32, 36) + " og art " + p.field(36, 39))
                                    + " er ikke tillatt i " + pakke + ".";
                            out.accept(k.summert()
                                    ? p.finding(control(), severity, SUMMERT,
                                    Long.toString(Pakkekontroller.belopEtterBlank(p)), melding
                                            + " Beløpene på slike posteringer skal summere til 0 i filen.")
                                    : p.finding(control(), severity, felt, value, melding));
                            return;
                        }
                    }
                }
            };
        }
        return new PostingRule() {
            @Override
            public String control() {
                return rule.control();
            }

            @Override
            public boolean appliesTo(Profil profil) {
                return rule.appliesTo(profil);
            }

            @Override
            public int kontotyper() {
                return rule.kontotyper();
            }

            @Override
            public boolean feltkontroll() {
                return rule.feltkontroll();
            }

            @Override
            public void check(PostingView posting, Profil profil, Consumer<Finding> out) {
                boolean utenLinje = utenLinjer.contains(rule.control());
                rule.check(posting, profil, f -> out.accept(f.severity() == severity && !utenLinje ? f
                        : new Finding(f.control(), severity, f.field(), f.value(), f.message(),
                        utenLinje ? List.of() : f.lines())));
            }
        };
    }

    /** "2-39" (end exclusive) as the inclusive interval 2-38. */
    private static Utgave.Intervall tallfelt(String s) {
        String[] fraTil = s.split("-");
        return new Utgave.Intervall(Integer.parseInt(fraTil[0]), Integer.parseInt(fraTil[1]) - 1);
    }

    private static String[] words(String s) {
        return s.isBlank() ? new String[0] : s.trim().split(" +");
    }

    private static Map<Integer, Map<String, Pakke>> load() {
        Map<Integer, Map<String, Pakke>> result = new TreeMap<>();
        for (List<String> r : CsvResource.read("/no/kommunefakta/posting/pakker.csv")) {
            Map<String, Severity> kontroller = new TreeMap<>();
            for (String w : r.get(2).trim().split(" +")) {
                String[] kv = w.split(":");
                if (kv.length != 2 || !kv[0].matches("\\d{3}")) {
                    throw new IllegalStateException("pakker.csv: '" + w + "' is not KONTROLL:ALVORLIGHET");
                }
                kontroller.put(kv[0], Severity.valueOf(kv[1]));
            }
            result.computeIfAbsent(Integer.parseInt(r.get(0)), k -> new TreeMap<>())
                    .put(r.get(1), new Pakke(r.get(1), kontroller, Map.of(), r.get(3).isBlank() ? Optional.empty()
                            : Optional.of(tallfelt(r.get(3))), Set.of(words(r.get(4))), "blank".equals(r.get(5)),
                            String.join("", words(r.get(6))), Map.of(),
                            r.get(7).isBlank() ? Set.of() : Set.of(r.get(1) + " " + r.get(7).trim()),
                            Set.of(words(r.get(8))), r.get(9).isBlank() ? 0 : Integer.parseInt(r.get(9).trim())));
        }
        for (List<String> r : CsvResource.read("/no/kommunefakta/posting/pakkelister.csv")) {
            Pakke pakke = Optional.ofNullable(result.get(Integer.parseInt(r.get(0)))).map(m -> m.get(r.get(1)))
                    .orElseThrow(() -> new IllegalStateException("pakkelister.csv: no package " + r.get(0) + " "
                            + r.get(1) + " in pakker.csv"));
            String[] felt = r.get(3).split("-");
            Liste liste = new Liste(Integer.parseInt(felt[0]), Integer.parseInt(felt[1]), "ja".equals(r.get(4)),
                    Set.of(words(r.get(5))), Set.of(words(r.get(6).toLowerCase(Locale.ROOT))));
            Map<String, List<Liste>> lister = new TreeMap<>(pakke.lister());
            List<Liste> l = new ArrayList<>(lister.getOrDefault(r.get(2), List.of()));
            l.add(liste);
            lister.put(r.get(2), List.copyOf(l));
            result.get(Integer.parseInt(r.get(0))).put(r.get(1), new Pakke(pakke.pakke(), pakke.kontroller(), lister,
                    pakke.tallfelt(), pakke.nullkoder(), pakke.orgnrBlank(),
                    pakke.hoppTegn(), pakke.kombinasjoner(), pakke.egne(), pakke.utenLinjer(),
                    pakke.linjerMaks()));
        }
        for (List<String> r : CsvResource.read("/no/kommunefakta/posting/pakkekombinasjoner.csv")) {
            Pakke pakke = Optional.ofNullable(result.get(Integer.parseInt(r.get(0)))).map(m -> m.get(r.get(1)))
                    .orElseThrow(() -> new IllegalStateException("pakkekombinasjoner.csv: no package " + r.get(0)
                            + " " + r.get(1) + " in pakker.csv"));
            Map<String, List<Kombinasjon>> kombinasjoner = new TreeMap<>(pakke.kombinasjoner());
            List<Kombinasjon> l = new ArrayList<>(kombinasjoner.getOrDefault(r.get(2), List.of()));
            if (!Set.of("", "oslo_bydel_longyearbyen").contains(r.get(9))) {
                throw new IllegalStateException("pakkekombinasjoner.csv: unntak '" + r.get(9) + "' in " + r);
            }
            String andre = r.get(6).trim();
            boolean andreUnntak = andre.startsWith("!");
            l.add(new Kombinasjon(r.get(3), "art".equals(r.get(4)),
                    Set.of(words(r.get(5).toLowerCase(Locale.ROOT))),
                    Set.of(words((andreUnntak ? andre.substring(1) : andre).toLowerCase(Locale.ROOT))), andreUnntak,
                    "ja".equals(r.get(7)), "ja".equals(r.get(8)), "oslo_bydel_longyearbyen".equals(r.get(9))));
            kombinasjoner.put(r.get(2), List.copyOf(l));
            result.get(Integer.parseInt(r.get(0))).put(r.get(1), new Pakke(pakke.pakke(), pakke.kontroller(),
                    pakke.lister(), pakke.tallfelt(), pakke.nullkoder(), pakke.orgnrBlank(), pakke.hoppTegn(),
                    kombinasjoner, pakke.egne(), pakke.utenLinjer(),
                    pakke.linjerMaks()));
        }
        return result;
    }
}
