/**
 * KOSTRA regnskap validation that agrees with SSB's official control program ({@code kostra-kontrollprogram}, 2026).
 *
 * <p>Entry points: {@link no.kommunefakta.posting.validation.PostingValidator} (one posting: 001-014 (002 only for 2021 and 2022 data), 016, 020-081, 200,
 * unknown skjema) and {@link no.kommunefakta.posting.validation.FileValidator} (a whole file in one streaming pass: additionally
 * 015, 085-190, 113, 143, 210-220). The controls are one class each in {@code no.kommunefakta.posting.rule}
 * ({@code KontrollNNN...}); the year in the {@link no.kommunefakta.posting.ValidationContext} selects that year's code
 * lists from {@link no.kommunefakta.kostra.Kontoplan} and the rule settings of the release that judges the year.
 *
 * <p>Which release judges which year: the release SSB used for that year's data ({@code utgaver.csv}, read by
 * {@link no.kommunefakta.posting.rule.Utgave}): 2026 data c1f58486, 2025 data 7da84d25, 2024 data
 * f56a0de5 (whose settings 2018-2019 keep), 2023 data e6e4585d, 2022 data e3b33ddc (the last Java release), 2021 data 7341abfd (a Java release of
 * 2022-03-09), 2020 data af804339 (a Java release of 2021-04-16); for the Java releases only the settings that our rules can express, see below. Rule settings that differ between releases (severity of 035/081/126/127/190, the
 * scope of 081, 126/127, 125 and 075, the 075 and 081 art lists, the 190 margin; for 2023 also zero-amount records
 * checked, 007 against a comma-separated orgnr list, 008 against the separate foretaksnr argument, 010-013 by argument kvartal and on every record, 200 by art
 * range) are columns of that table, not year tests in the rules; the quarterly lists carry year ranges. As the program: each record is classified by its own skjema field (bevilgning, balanse, 0X "resultat")
 * and kontoklasse, and a bevilgning record whose kontoklasse is not the skjema's drift one counts as investering
 * (the program's "MISSING" account type contains "I"); sums are decided on 32-bit integers as the program sums
 * {@code Int} (the message gives the true sum).
 *
 * <p>Deliberate differences from the release of the year, with the reason (each shown by
 * {@code DeliberateDifferencesTest}):
 * <ul>
 *   <li>Unknown skjema (the program's "Ukjent skjema", which has no number) is reported with the rule name as control
 *       id ({@code "Ukjent skjema"}, field {@code skjema}).</li>
 *   <li>A reporting year without a chart of accounts here is FATAL {@code "Ukjent årgang"} (field {@code aargang}):
 *       the program accepts any year (it has no per-year lists); we select the code lists by year.</li>
 *   <li>An empty posting given to {@link no.kommunefakta.posting.validation.PostingValidator} is OK without findings (no
 *       posting-level control runs); an empty <em>file</em> is ERROR without findings, as in the Kotlin program (for
 *       2018-2022 as their releases judge it, {@code utgaver.csv} {@code tom_fil}).</li>
 * </ul>
 * <p>The Java releases (2018-2022 data) differ from the Kotlin program in kind; what they do differently is data, not
 * year tests in the rules:
 * <ul>
 *   <li>2020-2022 (af804339, 7341abfd, e3b33ddc): settings of their {@code utgaver.csv} rows and their code lists
 *       ({@code kvartal.csv}, {@code kontoplan/<year>.csv}): among others a "Filbeskrivelse" control {@code "002"}, no
 *       FATAL, the quarterly program's own field controls and three list checks (020/025/050 WARNING) with its own
 *       art list and the fylke lists for a region ending in 0000, sums over every record of the argument's
 *       kontoklasse, zero amounts read as integers, INFO verdicts as OK, duplicates and control 200 without lines,
 *       empty files judged by the controls (2021-2022) or as control 001 (2020).</li>
 *   <li>2018 and 2019 (71ddb528, eea71d70: one Java program per skjema): the settings of the 2024 release and the
 *       code lists of their year, plus each program's own behaviour: 2018 a region argument outside the release's
 *       list is {@code "006"} FATAL, a file with a line of another skjema is one {@code "003"} ERROR, 2018 0M-0Q are
 *       "Ukjent skjema" ERROR, the record's region must be in the release's list ({@code regler.csv}); per program
 *       its whole-file controls ({@code filkontroller-pakker.csv}: sums, margins, gates; a belop that is no integer
 *       stops a bevilgning program's run, FATAL without findings), its record controls and severities
 *       ({@code pakker.csv}), its 010-013 code lists ({@code pakkelister.csv}), its combination checks
 *       025/040/060/065 and skatt checks 075/080 ({@code pakkekombinasjoner.csv}) and how it reports (which entries
 *       name no record, its duplicate key, its whole-file orgnr check: {@code pakkerapporter.csv}).</li>
 * </ul>
 * Every year 2018-2026 agrees with its release on every case of its corpus ({@code conformance/agreement.csv},
 * required by {@code YearCorpusTest}).
 *
 * Helseforetak (0X resultat, 0Y balanse) are judged as the releases that still had HelseForetakMain judge them
 * (column {@code helseforetak} of {@code utgaver.csv}: the 2023 and 2024 releases, so 2023-2024 data and the years
 * that use the 2024 release's settings): 001, 003-015 with the helseforetak lists ({@code kostra/helseforetak.csv}),
 * 500-520 per record and 530/540 for the file. In the years whose release has no such program (2025, 2026) they are
 * unknown skjema, as there; for 2021/2022 (Java releases, whose helseforetak program was not built) too.
 *
 * <p>Messages are our own Norwegian texts (what is wrong and what to do), not the program's.
 */
package no.kommunefakta.posting;
