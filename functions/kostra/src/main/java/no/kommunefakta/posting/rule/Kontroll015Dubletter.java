package no.kommunefakta.posting.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.kommunefakta.kostra.Skjema;
import no.kommunefakta.posting.Finding;
import no.kommunefakta.posting.Severity;

/**
 * Kontroll 015 : Dubletter. More than one record with the same (kontoklasse, funksjon/kapittel, art/sektor), compared
 * trimmed, gives one WARNING per combination listing its lines (SSB sums the amounts); in the Java releases one
 * WARNING for the file without lines ({@link Utgave#k015Linjer()}); in the 2018/2019 packages one WARNING naming
 * every record of every repeated key, by the package's own key ({@link Pakkerapport#dublettnokkel()}).
 *
 * <p>Memory: one entry per distinct combination (first line and, only for repeated combinations, the further lines);
 * combinations of 7-bit characters are packed into a long, other ones fall back to a string key.
 */
public final class Kontroll015Dubletter implements FileRule {
    @Override
    public String control() {
        return "015";
    }

    /** A hash lookup per record in a table of every distinct combination: the costliest file control. */
    @Override
    public boolean separateThread() {
        return true;
    }

    @Override
    public Accumulator start(Profil profil) {
        java.util.Optional<Pakkerapport> rapport = profil.pakkerapport();
        if (rapport.isPresent()) {
            return new PakkeDubletter(rapport.get());
        }
        return new Dubletter(profil.skjema().type() == Skjema.Type.RESULTAT, profil.utgave().k015Linjer());
    }

    private final class Dubletter implements Accumulator {
        /** Helseforetak resultat (0X): the combination includes the record's orgnr, as the program's mapping. */
        private final boolean medOrgnr;
        private final LongIntMap packed = new LongIntMap();
        private Map<String, Integer> other;
        private int[] first = new int[256];
        private int[][] more = new int[256][];
        private int[] moreCount = new int[256];
        private String[] display = new String[256];
        private int groups;
        /** One finding per combination with its lines, else one finding for the file without lines. */
        private final boolean linjer;

        Dubletter(boolean medOrgnr, boolean linjer) {
            this.medOrgnr = medOrgnr;
            this.linjer = linjer;
        }

        @Override
        public void add(PostingView p) {
            long key = medOrgnr ? -1 : key(p);
            int g;
            if (key != -1) {
                g = packed.get(key);
                if (g < 0) {
                    g = newGroup(p);
                    packed.put(key, g);
                    return;
                }
            } else {
                if (other == null) {
                    other = new HashMap<>();
                }
                String k = medOrgnr ? p.trimmed(13, 22) + " * " + display(p) : display(p);
                Integer existing = other.get(k);
                if (existing == null) {
                    other.put(k, newGroup(p));
                    return;
                }
                g = existing;
            }
            int[] lines = more[g];
            if (lines == null) {
                lines = new int[4];
                more[g] = lines;
                // equal keys have equal trimmed fields, so the first repeat names the combination as the first line
                display[g] = display(p);
            } else if (moreCount[g] == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
                more[g] = lines;
            }
            lines[moreCount[g]++] = p.lineNo();
        }

        private int newGroup(PostingView p) {
            if (groups == first.length) {
                int n = groups * 2;
                first = Arrays.copyOf(first, n);
                more = Arrays.copyOf(more, n);
                moreCount = Arrays.copyOf(moreCount, n);
                display = Arrays.copyOf(display, n);
            }
            first[groups] = p.lineNo();
            return groups++;
        }

        private static String display(PostingView p) {
            return p.trimmed(31, 32) + " * " + p.trimmed(32, 36) + " * " + p.trimmed(36, 39);
        }

        @Override
        public void finish(Consumer<Finding> out) {
            if (!linjer) {
                List<String> kombinasjoner = new ArrayList<>();
                for (int g = 0; g < groups; g++) {
                    if (moreCount[g] > 0) {
                        kombinasjoner.add(display[g]);
                    }
                }
                if (!kombinasjoner.isEmpty()) {
                    java.util.Collections.sort(kombinasjoner);
                    out.accept(new Finding(control(), Severity.WARNING, "record", String.join(", ", kombinasjoner),
                            "Det er oppgitt flere beløp på samme kombinasjon (kontoklasse * funksjon/kapittel *"
                                    + " art/sektor): " + String.join(", ", kombinasjoner) + ". Er dette riktig, kan"
                                    + " filen sendes inn, og beløpene summeres hos SSB; ellers slå sammen eller rett"
                                    + " postene før innsending.", List.of()));
                }
                return;
            }
            for (int g = 0; g < groups; g++) {
                if (moreCount[g] == 0) {
                    continue;
                }
                List<Integer> lines = new ArrayList<>(moreCount[g] + 1);
                lines.add(first[g]);
                for (int i = 0; i < moreCount[g]; i++) {
                    lines.add(more[g][i]);
                }
                out.accept(new Finding(control(), Severity.WARNING, "record", display[g],
                        "Det er oppgitt flere beløp på samme kombinasjon (kontoklasse * funksjon/kapittel * art/sektor"
                                + " = " + display[g] + ") på " + lines.size() + " linjer. Er dette riktig, kan"
                                + " filen sendes inn, og beløpene summeres hos SSB; ellers slå sammen eller rett"
                                + " postene før innsending.", lines));
            }
        }
    }

    /**
     * A package's {@code ControlDubletter} ({@link Pakkerapport#dublettnokkel()}): one finding naming every record of
     * every repeated key, without lines when more than {@link Pakkerapport#MAKS_LINJER} keys repeat.
     */
    private final class PakkeDubletter implements Accumulator {
        private final Pakkerapport rapport;
        private final Map<String, List<Integer>> linjer = new java.util.LinkedHashMap<>();

        PakkeDubletter(Pakkerapport rapport) {
            this.rapport = rapport;
        }

        @Override
        public void add(PostingView p) {
            linjer.computeIfAbsent(rapport.dublett(p), k -> new ArrayList<>(2)).add(p.lineNo());
        }

        @Override
        public void finish(Consumer<Finding> out) {
            List<String> kombinasjoner = new ArrayList<>();
            List<Integer> alle = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> e : linjer.entrySet()) {
                if (e.getValue().size() > 1) {
                    kombinasjoner.add(e.getKey());
                    alle.addAll(e.getValue());
                }
            }
            if (kombinasjoner.isEmpty()) {
                return;
            }
            java.util.Collections.sort(alle);
            out.accept(new Finding(control(), Severity.WARNING, "record", String.join(", ", kombinasjoner),
                    "Det er oppgitt flere beløp på samme kombinasjon (kontoklasse, funksjon/kapittel og art/sektor): "
                            + String.join(", ", kombinasjoner) + ". Er dette riktig, kan filen sendes inn, og beløpene"
                            + " summeres hos SSB; ellers slå sammen eller rett postene før innsending.",
                    kombinasjoner.size() > Pakkerapport.MAKS_LINJER ? List.of() : alle));
        }
    }

    /** Fixed slots (1 + 4 + 3 characters, trimmed, left-aligned, 0 = empty) of 7 bits each; -1 when not packable. */
    private static long key(PostingView p) {
        int f = p.funksjon3();
        int a = p.art3();
        char kk = p.kontoklasse();
        if (f >= 0 && a >= 0 && kk < 128 && !PostingView.isWs(kk)) {
            // common case: disjoint from the 56-bit packed keys below
            return (1L << 62) | ((long) kk << 20) | ((long) f << 10) | a;
        }
        long k = 0;
        k = slot(p, k, 31, 32);
        if (k == -1) {
            return -1;
        }
        k = slot(p, k, 32, 36);
        if (k == -1) {
            return -1;
        }
        return slot(p, k, 36, 39);
    }

    private static long slot(PostingView p, long k, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && PostingView.isWs(p.at(a))) {
            a++;
        }
        while (b > a && PostingView.isWs(p.at(b - 1))) {
            b--;
        }
        for (int i = from; i < to; i++) {
            int c = 0;
            int src = a + (i - from);
            if (src < b) {
                c = p.at(src);
                if (c == 0 || c >= 128) {
                    return -1;
                }
            }
            k = (k << 7) | c;
        }
        return k;
    }

    /**
     * Open-addressing long → int map for the packed combinations (keys ≥ 0). Key and value share one array slot pair
     * so that a lookup touches one cache line.
     */
    static final class LongIntMap {
        private long[] table = new long[2048];
        private int size;

        int get(long key) {
            long stored = key + 1;
            int mask = (table.length >> 1) - 1;
            int i = hash(key) & mask;
            while (true) {
                long k = table[i << 1];
                if (k == stored) {
                    return (int) table[(i << 1) + 1];
                }
                if (k == 0) {
                    return -1;
                }
                i = (i + 1) & mask;
            }
        }

        void put(long key, int value) {
            if ((size + 1) * 4 > table.length) {
                grow();
            }
            long stored = key + 1;
            int mask = (table.length >> 1) - 1;
            int i = hash(key) & mask;
            while (table[i << 1] != 0 && table[i << 1] != stored) {
                i = (i + 1) & mask;
            }
            if (table[i << 1] == 0) {
                size++;
            }
            table[i << 1] = stored;
            table[(i << 1) + 1] = value;
        }

        private void grow() {
            long[] old = table;
            table = new long[old.length * 2];
            size = 0;
            for (int i = 0; i < old.length; i += 2) {
                if (old[i] != 0) {
                    put(old[i] - 1, (int) old[i + 1]);
                }
            }
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 32);
        }
    }
}
