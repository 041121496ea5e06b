package no.kommunefakta.rent;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a test): one pool of 10 000 users x 100 cost lines allocated in-process, including posting and file
 * validation of the result. Warms up, then prints milliseconds per allocation. Run from the repository root:
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl functions/kostra test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=no.kommunefakta.rent.RentBench
 * </pre>
 *
 * Arguments (optional): users, lines, measured iterations, reporting year, answer parts (comma-separated names for
 * {@code include}; default the request's default, {@code shares}).
 */
public final class RentBench {

    private static final String[] USERS = {"120", "201", "202", "213", "215", "241", "253", "370", "380", "383"};
    private static final String[] ARTS = {"010", "020", "050", "090", "099", "120", "180", "181", "185", "190", "195",
            "200", "230", "240", "250", "260"};

    private RentBench() {
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int lines = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String year = args.length > 3 ? args[3] : "2024";
        RentRequest base = request(users, lines, year);
        RentRequest request = args.length > 4 ? new RentRequest(base.entity(), base.region(), base.orgnr(),
                base.aargang(), base.pools(), base.premisesMap(), List.of(args[4].split(","))) : base;
        RentAllocator allocator = RentAllocator.standard();
        long checksum = 0;
        for (int i = 0; i < 15; i++) {
            checksum += allocator.allocate(request).postings().size();
        }
        // Wall time suffers when the machine is shared; the thread's CPU time shows the work itself.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[iterations];
        double[] cpu = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            RentAllocation a = allocator.allocate(request);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            checksum += a.postings().size();
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf("RentBench %d users x %d lines, aargang %s, include %s, %d iterations after 15 warm-up: "
                        + "wall median %.1f ms (min %.1f, max %.1f); thread CPU median %.1f ms (min %.1f); load "
                        + "average %.2f on %d cores (checksum %d)%n", users, lines, year, request.include(), iterations,
                ms[iterations / 2], ms[0], ms[iterations - 1], cpu[iterations / 2], cpu[0],
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors(), checksum);
    }

    static RentRequest request(int userCount, int lineCount, String year) {
        Random random = new Random(42);
        List<RentRequest.Line> lines = new ArrayList<>(lineCount);
        for (int l = 0; l < lineCount; l++) {
            String amount = BigDecimal.valueOf((long) (random.nextDouble() * 50_000_000_00L), 2).toPlainString();
            if (l % 10 == 9) {
                lines.add(new RentRequest.Line(null, amount, "CALCULATED", null, "calculated interest"));
            } else if (l % 10 == 8) {
                lines.add(new RentRequest.Line("590", amount, "DEPRECIATION", null, null));
            } else {
                lines.add(new RentRequest.Line(ARTS[random.nextInt(ARTS.length)], amount, "EXTERNAL", null, null));
            }
        }
        List<RentRequest.User> users = new ArrayList<>(userCount);
        for (int u = 0; u < userCount; u++) {
            users.add(new RentRequest.User("user-" + u, USERS[random.nextInt(USERS.length)],
                    BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2).toPlainString()));
        }
        return new RentRequest("kommune", "420400", null, year,
                List.of(new RentRequest.Pool("fdv", null, null, lines, users)), null);
    }
}
