package no.kommunefakta.rent;

import java.util.List;
import java.util.Map;

/**
 * A request to allocate internal rent (internhusleie). Numbers are read as text so that a value that is not a
 * number gets an error naming its field rather than a parse failure; JSON numbers are accepted too.
 *
 * @param entity      {@code "kommune"} (skjema 0A) or {@code "fylkeskommune"} (skjema 0C)
 * @param region      six-digit KOSTRA region that fits the entity: a kommune {@code "420400"} (kommunenummer + "00"),
 *                    a fylkeskommune {@code "420000"} (fylkesnummer + "0000"); Oslo is the kommune {@code "030100"}
 *                    and may use the fylke functions too
 * @param orgnr       nine-digit organisation number, or blank/absent (then nine blanks, as the control program)
 * @param aargang     reporting year; up to 2019 the fordelte-utgifter regime, from 2020 the lokalefunksjoner regime
 * @param pools       the cost pools: a building or the FDV unit as a whole
 * @param premisesMap overrides of the default service-to-premises function map (service funksjon to premises
 *                    funksjon), e.g. {@code {"213": "213"}} to keep voksenopplaering's premises on 213
 * @param include     the optional answer parts wanted, by name ({@link AnswerPart}: {@code shares},
 *                    {@code sharePostings}, {@code traces}, {@code records}, {@code csv}); absent means
 *                    {@code ["shares"]}, an empty list none of them
 */
public record RentRequest(String entity, String region, String orgnr, String aargang, List<Pool> pools,
                          Map<String, String> premisesMap, List<String> include) {

    public RentRequest {
        pools = pools == null ? List.of() : pools;
        premisesMap = premisesMap == null ? Map.of() : premisesMap;
        include = include == null ? AnswerPart.DEFAULT.stream().map(AnswerPart::jsonName).toList() : include;
    }

    /** A request with the default answer parts. */
    public RentRequest(String entity, String region, String orgnr, String aargang, List<Pool> pools,
                       Map<String, String> premisesMap) {
        this(entity, region, orgnr, aargang, pools, premisesMap, null);
    }

    /** The same request asking for the given answer parts. */
    public RentRequest including(AnswerPart... parts) {
        return new RentRequest(entity, region, orgnr, aargang, pools, premisesMap,
                java.util.Arrays.stream(parts).map(AnswerPart::jsonName).toList());
    }

    /**
     * One cost pool: its cost lines are split over its users by the users' key quantities.
     *
     * @param id          identifier of the pool, unique in the request after trimming (e.g. a building number)
     * @param name        free text, echoed
     * @param key         the name of the default key: what {@code quantity} measures; default {@code "bruttoareal_m2"}
     * @param kontoklasse {@code "1"} drift (default) or {@code "0"} investering: where the pool's postings go
     * @param lines       the cost lines
     * @param users       the users of the pool with their service function and key quantities
     * @param usersCsv    the users as CSV text instead of {@code users} (as exported from a property register):
     *                    a header row with {@code id}, {@code funksjon} and one column per key (the default key's
     *                    column named as {@code key}), separated by {@code ;} (or {@code ,}), decimal comma or point
     */
    public record Pool(String id, String name, String key, String kontoklasse, List<Line> lines, List<User> users,
                       String usersCsv) {
        public Pool {
            lines = lines == null ? List.of() : lines;
            users = users == null ? List.of() : users;
        }

        /** A drift pool with its users given as JSON and one key. */
        public Pool(String id, String name, String key, List<Line> lines, List<User> users) {
            this(id, name, key, null, lines, users, null);
        }
    }

    /**
     * One cost line of a pool.
     *
     * @param art    KOSTRA art of the cost (three digits); optional for CALCULATED lines, which are never reported
     * @param amount amount in NOK with at most two decimals; expenses positive, income/refunds negative
     * @param kind   {@code EXTERNAL}, {@code DEPRECIATION} (art 590) or {@code CALCULATED}
     * @param report optional; when given it must say what the kind implies ({@code true} for EXTERNAL and
     *               DEPRECIATION, which are always reported, {@code false} for CALCULATED, which never is)
     * @param text   free text, echoed on the line in the answer
     * @param key    the key this line is split by (a name in the users' {@code quantities}); default the pool's key
     */
    public record Line(String art, String amount, String kind, Boolean report, String text, String key) {

        /** A line split by the pool's default key. */
        public Line(String art, String amount, String kind, Boolean report, String text) {
            this(art, amount, kind, report, text, null);
        }
    }

    /**
     * A user of a pool.
     *
     * @param id         identifier, unique within the pool after trimming
     * @param funksjon   the user's service function (three digits), valid for the entity, region and year
     * @param quantity   the user's quantity of the pool's default key: positive decimal (gross m² by default), at
     *                   most six decimals
     * @param quantities the user's quantities of further keys by key name (e.g. {@code "renhold_m2"}); zero allowed
     *                   (the user has none of it), every user of the pool must give every key its lines use
     */
    public record User(String id, String funksjon, String quantity, Map<String, String> quantities) {
        public User {
            quantities = quantities == null ? Map.of() : quantities;
        }

        /** A user with the default key only. */
        public User(String id, String funksjon, String quantity) {
            this(id, funksjon, quantity, null);
        }
    }
}
