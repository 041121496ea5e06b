package no.kommunefakta.fuzz;

import java.math.BigDecimal;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The allocateInternalRent body RentBench measures, as JSON: one pool of 100 lines (every tenth CALCULATED, every
 * tenth DEPRECIATION, the rest EXTERNAL) and {@code users} users, seeded, so the answer size is reproducible. Used by
 * the answer-size tests over HTTP (functions/api) and through the packaged Lambda (functions/lambda).
 */
public final class RentBenchmarkBody {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] USERS = {"120", "201", "202", "213", "215", "241", "253", "370", "380", "383"};
    private static final String[] ARTS = {"010", "020", "050", "090", "099", "120", "180", "181", "185", "190", "195",
            "200", "230", "240", "250", "260"};

    private RentBenchmarkBody() {
    }

    /** A fresh, modifiable body (add {@code include} as needed) for a 2024 kommune with {@code users} users. */
    public static ObjectNode of(int users) {
        Random random = new Random(42);
        ObjectNode r = JSON.createObjectNode().put("entity", "kommune").put("region", "420400").put("aargang", "2024");
        ObjectNode pool = r.putArray("pools").addObject().put("id", "fdv");
        ArrayNode lines = pool.putArray("lines");
        for (int l = 0; l < 100; l++) {
            String amount = BigDecimal.valueOf((long) (random.nextDouble() * 50_000_000_00L), 2).toPlainString();
            ObjectNode line = lines.addObject().put("amount", amount);
            if (l % 10 == 9) {
                line.put("kind", "CALCULATED").put("text", "calculated interest");
            } else if (l % 10 == 8) {
                line.put("art", "590").put("kind", "DEPRECIATION");
            } else {
                line.put("art", ARTS[random.nextInt(ARTS.length)]).put("kind", "EXTERNAL");
            }
        }
        ArrayNode list = pool.putArray("users");
        for (int u = 0; u < users; u++) {
            list.addObject().put("id", "user-" + u).put("funksjon", USERS[random.nextInt(USERS.length)])
                    .put("quantity", BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2).toPlainString());
        }
        return r;
    }
}
