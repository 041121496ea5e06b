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
 * {@link no.kommunefakta.posting.rule.Utgave}): 2026 data c1f58486, 2025 data 7da84d25, 2024 data (and 2018-2019)
 * f56a0de5, 2023 data e6e4585d, 2022 data e3b33ddc (the last Java release), 2021 data 7341abfd (a Java release of
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
 *   <li>2022 data: the release SSB used (e3b33ddc, the Java program before the Kotlin rewrite) differs from the
 *       Kotlin program in kind; what our rules can express is settings of its {@code utgaver.csv} row (a
 *       "Filbeskrivelse" control {@code "002"}, no FATAL, sum controls decided by the argument skjema, records
 *       classified by the argument skjema's kontoklasser, zero-amount records through the field controls, no
 *       quarterly whole-file controls, ...) and its quarterly code lists ({@code kvartal.csv}). Not expressed: the
 *       quarterly program's own combination checks and art list, the release's sums over records of any skjema
 *       field. Measured agreement 42,442 of 51,120 cases (expressed since issue 20: a TAB in a 48-character line
 *       passes 001, {@code k001_tab}; 010 wants a left-aligned funksjon, {@code k010_venstrejustert}; the second
 *       010-013 pass against each record's own skjema, {@code k010_postens_skjema2}); the list is in the conformance README, and {@code YearCorpusTest} requires the
 *       recorded figure ({@code conformance/agreement.csv}).</li>
 *   <li>2021 data: the release SSB used (7341abfd, 2022-03-09) is a Java program like 2022's; its row has 2022's
 *       settings except that control 200 never reports ({@code k200}: its check keeps only records whose art is
 *       already allowed) and that quarterly zero-amount records go through 010-014; its quarterly lists are 2022's
 *       but fylke funksjon 715 instead of 713/714. Not expressed: the same differences in kind as for 2022 (except
 *       the second 010-013 pass, which this release does not have). Measured agreement 41,844 of 51,120 cases
 *       (19.2 % with the 2024 release's settings).</li>
 *   <li>2020 data: the release SSB used (af804339, 2021-04-16) is the Java program before 2021's rewrite of its annual
 *       part; its row has 2021's settings except: no control 135, 145 WARNING for 0I/0K and 150 WARNING, 145-165 not
 *       for its four exception orgnr, 113 and 200 (WARNING) report, 190 ERROR, the amount checked untrimmed, kirke
 *       100/105/113 by the 0F argument alone, annual 020/025/050 against the whole list (no 040), no 016, 075 only
 *       874/875 in 0A/0M; its quarterly lists are 2021's and its 0G sektor list also has the basis sektorer. Not expressed: the quarterly program's own combination
 *       checks and art list (as 2021), its sums over records of any skjema field. Measured
 *       agreement 41,510 of 51,120 cases (19.4 % with the 2024 release's settings); the product does not claim
 *       2020.</li>
 *   <li>Years before 2020 are judged with the rule settings of the 2024 release and the code lists of their year
 *       (their releases, the per-skjema Java programs eea71d70 for 2019 and 71ddb528 for 2018, were built but not
 *       used as oracle; see the conformance README; the product does not claim these years), plus the historical
 *       2018/2019 "Kontroll 17" (funksjon 190/490 must net to 0), reported as control {@code "017"}, ERROR.</li>
 *   <li>An empty posting given to {@link no.kommunefakta.posting.validation.PostingValidator} is OK without findings (no
 *       posting-level control runs); an empty <em>file</em> is ERROR without findings, as in the program.</li>
 * </ul>
 * Helseforetak (0X resultat, 0Y balanse) are judged as the releases that still had HelseForetakMain judge them
 * (column {@code helseforetak} of {@code utgaver.csv}: the 2023 and 2024 releases, so 2023-2024 data and the years
 * that use the 2024 release's settings): 001, 003-015 with the helseforetak lists ({@code kostra/helseforetak.csv}),
 * 500-520 per record and 530/540 for the file. In the years whose release has no such program (2025, 2026) they are
 * unknown skjema, as there; for 2021/2022 (Java releases, whose helseforetak program was not built) too.
 *
 * <p>Messages are our own Norwegian texts (what is wrong and what to do), not the program's.
 */
package no.kommunefakta.posting;
