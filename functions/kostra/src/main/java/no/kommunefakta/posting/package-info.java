/**
 * KOSTRA regnskap validation that agrees with SSB's official control program ({@code kostra-kontrollprogram}, 2026).
 *
 * <p>Entry points: {@link no.kommunefakta.posting.PostingValidator} (one posting: 001, 003-014, 016, 020-081, 200,
 * unknown skjema) and {@link no.kommunefakta.posting.FileValidator} (a whole file in one streaming pass: additionally
 * 015, 085-190, 113, 143, 210-220). The controls are one class each in {@code no.kommunefakta.posting.rule}
 * ({@code KontrollNNN...}); the year in the {@link no.kommunefakta.posting.ValidationContext} selects that year's code
 * lists from {@link no.kommunefakta.kostra.Kontoplan} (2018-2026) while the rule logic is the 2026 program's.
 *
 * <p>Deliberate differences from the official program, with the reason:
 * <ul>
 *   <li>Unknown skjema (the program's "Ukjent skjema", which has no number) is reported with the rule name as control
 *       id ({@code "Ukjent skjema"}, field {@code skjema}); a reporting year outside 2018-2026 (the program accepts
 *       any year, it has no lists) is FATAL {@code "Ukjent årgang"}, field {@code aargang}, because we select code lists by year.</li>
 *   <li>Sums are {@code long} (the program sums {@code Int} and can overflow on very large files).</li>
 *   <li>The historical 2018/2019 "Kontroll 17" (funksjon 190/490 must net to 0) is reported as control {@code "017"},
 *       severity ERROR (the old CRITICAL blocked submission as ERROR does).</li>
 *   <li>For years without a list for a skjema (0M/0P in 2018) the nearest year's list is used; kapittel lists for
 *       2018/2019 are the 2020 list; kirke and quarterly adjustments are the 2026 ones for every year (see the data
 *       README).</li>
 *   <li>Quarterly "Utgått funksjon" (190, 254) warns only in years whose annual list no longer has the funksjon.</li>
 *   <li>An empty posting given to {@link no.kommunefakta.posting.PostingValidator} is OK without findings (no
 *       posting-level control runs); an empty <em>file</em> is ERROR without findings, as in the program.</li>
 *   <li>The 0CK quarterly funksjon list includes the fylke financial functions (800, 840 ...) like the annual 0C
 *       list.</li>
 * </ul>
 * Messages are our own Norwegian texts (what is wrong and what to do), not the program's.
 */
package no.kommunefakta.posting;
