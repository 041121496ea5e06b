package no.kommunefakta.site.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Minimal RFC 4180 reader (quoted fields, doubled quotes, configurable separator); header row becomes the keys. */
public final class Csv {

    private Csv() {
    }

    /** One data row addressed by header name. */
    public record Rad(Map<String, Integer> kolonner, List<String> felt, int linje) {
        public String get(String kolonne) {
            Integer i = kolonner.get(kolonne);
            if (i == null) {
                throw new IllegalArgumentException("CSV has no column '" + kolonne + "' (columns: " + kolonner.keySet() + ")");
            }
            return i < felt.size() ? felt.get(i) : "";
        }

        public boolean har(String kolonne) {
            return kolonner.containsKey(kolonne);
        }
    }

    public static List<Rad> read(BufferedReader in, char separator) {
        try {
            List<List<String>> rader = new ArrayList<>();
            StringBuilder felt = new StringBuilder();
            List<String> rad = new ArrayList<>();
            boolean iSitat = false;
            boolean noe = false;
            int c;
            boolean first = true;
            while ((c = in.read()) != -1) {
                if (first) {
                    first = false;
                    if (c == '\uFEFF') {
                        continue;
                    }
                }
                char ch = (char) c;
                noe = true;
                if (iSitat) {
                    if (ch == '"') {
                        in.mark(1);
                        int n = in.read();
                        if (n == '"') {
                            felt.append('"');
                        } else {
                            iSitat = false;
                            if (n != -1) {
                                in.reset();
                            }
                        }
                    } else {
                        felt.append(ch);
                    }
                } else if (ch == '"') {
                    iSitat = true;
                } else if (ch == separator) {
                    rad.add(felt.toString());
                    felt.setLength(0);
                } else if (ch == '\n') {
                    rad.add(felt.toString());
                    felt.setLength(0);
                    rader.add(rad);
                    rad = new ArrayList<>();
                    noe = false;
                } else if (ch != '\r') {
                    felt.append(ch);
                }
            }
            if (noe) {
                rad.add(felt.toString());
                rader.add(rad);
            }
            if (rader.isEmpty()) {
                return List.of();
            }
            Map<String, Integer> kolonner = new HashMap<>();
            List<String> header = rader.get(0);
            for (int i = 0; i < header.size(); i++) {
                kolonner.put(header.get(i).trim(), i);
            }
            List<Rad> ut = new ArrayList<>(rader.size() - 1);
            for (int i = 1; i < rader.size(); i++) {
                List<String> r = rader.get(i);
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                ut.add(new Rad(kolonner, r, i + 1));
            }
            return ut;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
