package no.kommunefakta.rent;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Kontostreng;
import no.kommunefakta.posting.Severity;

/**
 * The answer to a {@link RentRequest}: per pool and user the share, the internal rent and the user's part of the
 * reportable costs; the reportable KOSTRA postings; how the rounding to 1000 NOK reconciles; up to 2019 the proof that
 * the internal-service function nets to zero; and the verdict of the project's own validators. Amounts in NOK are
 * exact decimal strings with two decimals; {@code belop} is whole 1000 NOK. The parts that grow with the number of
 * users or postings are answered only when the request's {@code include} names them ({@link AnswerPart}); a part not
 * asked for is empty here and absent from the JSON answer.
 *
 * @param regime         FORDELTE_UTGIFTER (up to 2019) or LOKALEFUNKSJONER (from 2020)
 * @param entity         kommune or fylkeskommune
 * @param skjema         0A or 0C
 * @param aargang        reporting year
 * @param region         the region as given
 * @param include        the optional parts this answer carries, by name, in {@link AnswerPart} order
 * @param explanation    what was done, in order, in plain words
 * @param premisesMap    the service-to-premises mapping used for every service function in the request
 * @param pools          per pool: totals, lines and (part {@code shares}) per-user shares
 * @param postings       reportable postings, each a complete {@code /validatePosting} request body (the JSON view
 *                       of a {@link Kontostreng})
 * @param traces         part {@code traces}: per posting (same order), which pools, lines and users made it
 * @param records        part {@code records}: the postings as official 48-character records, a file
 *                       {@code /validateFile} and SSB accept
 * @param csv            part {@code csv}: the postings as CSV for a spreadsheet or ledger import: {@code ;}, decimal comma, UTF-8
 *                       with byte order mark, exact NOK and whole 1000 NOK per posting
 * @param reconciliation how the postings sum back to the pools
 * @param netting        up to 2019, per kontoklasse: the sum of the internal-service function (must be 0); empty from
 *                       2020
 * @param validation     the verdict of PostingValidator and FileValidator on the postings
 */
public record RentAllocation(Regime regime, String entity, String skjema, int aargang, String region,
                             List<String> include, List<String> explanation,
                             List<Lokalefunksjoner.Mapping> premisesMap, List<PoolResult> pools,
                             List<Posting> postings, Optional<List<PostingTrace>> traces,
                             Optional<List<String>> records, Optional<String> csv, Reconciliation reconciliation,
                             List<NettingProof> netting, RentValidation validation) {

    /**
     * One pool.
     *
     * @param id            the pool's id (trimmed)
     * @param name          as given
     * @param kontoklasse   1 (drift) or 0 (investering)
     * @param key           what the users' {@code quantity} measures (the default key)
     * @param keyTotal      sum of the users' quantities of the default key
     * @param keys          every key the pool's lines use with its total, the default key first
     * @param totalNok      sum of all lines
     * @param reportableNok sum of the EXTERNAL and DEPRECIATION lines (what reaches KOSTRA)
     * @param calculatedNok sum of the CALCULATED lines (internal rent only)
     * @param lines         the lines as read
     * @param users         part {@code shares}: per user, share, rent and (part {@code sharePostings}) postings
     */
    public record PoolResult(String id, String name, String kontoklasse, String key, String keyTotal,
                             List<KeyTotal> keys, String totalNok, String reportableNok, String calculatedNok,
                             List<LineResult> lines, Optional<List<UserShare>> users) {
    }

    /**
     * One distribution key of a pool.
     *
     * @param key   its name
     * @param total the sum of the users' quantities
     */
    public record KeyTotal(String key, String total) {
    }

    /**
     * One cost line as read.
     *
     * @param index     position in the pool's lines (0-based)
     * @param art       the art ({@code ""} for a CALCULATED line without art)
     * @param kind      EXTERNAL, DEPRECIATION or CALCULATED
     * @param amountNok exact amount
     * @param reported  whether the line reaches the KOSTRA postings
     * @param key       the key it was split by
     * @param text      as given
     */
    public record LineResult(int index, String art, CostKind kind, String amountNok, boolean reported, String key,
                             String text) {
    }

    /**
     * One user's part of a pool.
     *
     * @param id               the user's id
     * @param funksjon         the user's service function
     * @param premisesFunksjon where the user's premises costs are reported
     * @param quantity         the user's quantity of the default key as read
     * @param share            quantity / key total of the default key, six decimals (display only; the amounts are
     *                         split exactly)
     * @param quantities       the user's quantities of the further keys, by key
     * @param internalRentNok  the internal rent charged to the user (all lines, calculated ones included)
     * @param reportableNok    the user's part of the external and depreciation lines
     * @param calculatedNok    the user's part of the calculated lines (internal only)
     * @param postings         part {@code sharePostings}: the user's part of each reportable posting, in NOK
     *                         (before rounding to 1000 NOK)
     */
    public record UserShare(String id, String funksjon, String premisesFunksjon, String quantity, String share,
                            Map<String, String> quantities, String internalRentNok, String reportableNok,
                            String calculatedNok, Optional<List<UserPosting>> postings) {
    }

    /**
     * A user's part of one posting.
     *
     * @param funksjon  funksjon of the posting
     * @param art       art of the posting
     * @param amountNok exact amount in NOK
     */
    public record UserPosting(String funksjon, String art, String amountNok) {
    }

    /**
     * One reportable posting: the JSON view of the validator's record type {@link Kontostreng} (the same fields, with
     * the funksjon and belop unpadded and belop a number), shaped as a {@code /validatePosting} request body. Convert
     * with {@link #of(Kontostreng)} and {@link #toKontostreng()}; they are inverse.
     *
     * @param skjema      0A or 0C
     * @param aargang     reporting year, four digits
     * @param kvartal     {@code " "} (annual accounts)
     * @param region      six digits
     * @param orgnr       nine digits or nine blanks
     * @param foretaksnr  nine blanks
     * @param kontoklasse {@code "1"} (drift) or {@code "0"} (investering)
     * @param funksjon    three digits
     * @param art         three digits
     * @param belop       whole 1000 NOK
     */
    public record Posting(String skjema, String aargang, String kvartal, String region, String orgnr,
                          String foretaksnr, String kontoklasse, String funksjon, String art, long belop) {

        /** The view of a kontostreng (fixed widths trimmed, belop as a number). */
        public static Posting of(Kontostreng k) {
            return new Posting(k.skjema(), k.aargang(), k.kvartal(), k.region(), k.orgnr(), k.foretaksnr(),
                    k.kontoklasse(), k.funksjonKapittel().trim(), k.artSektor(), Long.parseLong(k.belop().trim()));
        }

        /** The posting as a kontostreng with the file format's fixed widths. */
        public Kontostreng toKontostreng() {
            String b = Long.toString(belop);
            if (b.length() > 9) {
                throw new IllegalStateException("belop " + b + " does not fit the 9 positions of a KOSTRA record");
            }
            return new Kontostreng(skjema, aargang, kvartal, region, orgnr, foretaksnr, kontoklasse,
                    String.format("%-4s", funksjon), art, String.format("%9s", b));
        }
    }

    /**
     * Where one posting comes from.
     *
     * @param posting     index in {@code postings}
     * @param kontoklasse as the posting
     * @param funksjon    as the posting
     * @param art         as the posting
     * @param exactNok    the exact amount before rounding to 1000 NOK
     * @param belop       the posting's belop (whole 1000 NOK)
     * @param sources     per pool: its lines and users that contributed, and their amount
     */
    public record PostingTrace(int posting, String kontoklasse, String funksjon, String art, String exactNok,
                               long belop, List<TraceSource> sources) {
    }

    /**
     * One pool's contribution to a posting.
     *
     * @param pool      the pool's id
     * @param lines     indexes of the pool's lines that contributed
     * @param users     ids of the pool's users whose shares make it (empty for the FDV unit's own costs up to 2019)
     * @param amountNok the pool's contribution, exact
     */
    public record TraceSource(String pool, List<Integer> lines, List<String> users, String amountNok) {
    }

    /**
     * How the postings reconcile with the pools.
     *
     * @param reportableNok    sum of all reportable lines, exact
     * @param reportableKnok   per kontoklasse that sum in whole 1000 NOK rounded half up, summed
     * @param postingsSumKnok  sum of all postings' belop; up to 2019 equal to reportableKnok because the charges and
     *                         the 690 credit cancel, from 2020 equal because the postings are that sum split
     * @param rounding         the rounding rule in words
     * @param roundedToZero    postings whose exact amount is not zero but whose belop is 0 (kept in the list, shown
     *                         here so that nothing disappears unnoticed)
     */
    public record Reconciliation(String reportableNok, long reportableKnok, long postingsSumKnok, String rounding,
                                 List<UserPosting> roundedToZero) {
    }

    /**
     * Proof that the internal-service function nets to zero (historical "Kontroll 17", reporting years up to 2019).
     *
     * @param funksjon    190 (kommune) or 490 (fylkeskommune)
     * @param kontoklasse 1 (drift)
     * @param sumKnok     sum of all postings on the function, in 1000 NOK
     * @param tolerance   the control's limit: the sum must be below it in absolute value
     * @param nets        whether |sum| &lt; tolerance
     * @param rule        the rule in words
     */
    public record NettingProof(String funksjon, String kontoklasse, long sumKnok, int tolerance, boolean nets,
                               String rule) {
    }

    /**
     * What the validators say about the postings.
     *
     * @param verdict          the highest severity among the posting findings and the applicable file findings
     * @param postingFindings  findings of PostingValidator, each with the index of its posting in {@code postings}
     * @param fileFindings     findings of FileValidator from controls that apply to the allocation's postings
     * @param notApplicable    findings of whole-file controls that cannot apply to a partial file, with the reason
     *                         (reported, not counted in the verdict)
     */
    public record RentValidation(Severity verdict, List<PostingFinding> postingFindings, List<Finding> fileFindings,
                                 List<ExcusedFinding> notApplicable) {
    }

    /**
     * A PostingValidator finding on one posting.
     *
     * @param posting index in {@code postings}
     * @param finding the finding
     */
    public record PostingFinding(int posting, Finding finding) {
    }

    /**
     * A whole-file finding that does not apply to the allocation's partial file.
     *
     * @param finding the finding
     * @param reason  why the control cannot be decided on the allocation's postings alone
     */
    public record ExcusedFinding(Finding finding, String reason) {
    }
}
