package no.kommunefakta.rent;

import java.util.List;
import java.util.Map;

/**
 * A request to allocate internal rent (internhusleie). Numbers are read as text so that a value that is not a
 * number gets an error naming its field rather than a parse failure; JSON numbers are accepted too.
 *
 * @param entity      {@code "kommune"} (skjema 0A) or {@code "fylkeskommune"} (skjema 0C)
 * @param region      six-digit KOSTRA region, e.g. {@code "420400"} (kommunenummer + "00") or {@code "420000"}
 * @param orgnr       nine-digit organisation number, or blank/absent (then nine blanks, as the control program)
 * @param aargang     reporting year; up to 2019 the fordelte-utgifter regime, from 2020 the lokalefunksjoner regime
 * @param pools       the cost pools: a building or the FDV unit as a whole
 * @param premisesMap overrides of the default service-to-premises function map (service funksjon to premises
 *                    funksjon), e.g. {@code {"213": "213"}} to keep voksenopplaering's premises on 213
 */
public record RentRequest(String entity, String region, String orgnr, String aargang, List<Pool> pools,
                          Map<String, String> premisesMap) {

    public RentRequest {
        pools = pools == null ? List.of() : pools;
        premisesMap = premisesMap == null ? Map.of() : premisesMap;
    }

    /**
     * One cost pool: its cost lines are split over its users by the users' key quantities.
     *
     * @param id    identifier of the pool, unique in the request (e.g. a building number)
     * @param name  free text, echoed
     * @param key   what the quantities measure; default {@code "bruttoareal_m2"} (gross area in m²)
     * @param lines the cost lines
     * @param users the users of the pool with their service function and key quantity
     */
    public record Pool(String id, String name, String key, List<Line> lines, List<User> users) {
        public Pool {
            lines = lines == null ? List.of() : lines;
            users = users == null ? List.of() : users;
        }
    }

    /**
     * One cost line of a pool.
     *
     * @param art    KOSTRA art of the cost (three digits); optional for CALCULATED lines, which are never reported
     * @param amount amount in NOK with at most two decimals; expenses positive, income/refunds negative
     * @param kind   {@code EXTERNAL}, {@code DEPRECIATION} (art 590) or {@code CALCULATED}
     * @param report must not be {@code true} for a CALCULATED line (calculated costs are never reported)
     * @param text   free text, echoed
     */
    public record Line(String art, String amount, String kind, Boolean report, String text) {
    }

    /**
     * A user of a pool.
     *
     * @param id       identifier, unique within the pool
     * @param funksjon the user's service function (three digits), valid for the entity and year
     * @param quantity the user's key quantity: positive decimal (gross m² by default), at most six decimals
     */
    public record User(String id, String funksjon, String quantity) {
    }
}
