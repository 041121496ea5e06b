package no.kommunefakta.rent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a pool's users from CSV text as a property register exports it: a header row with {@code id},
 * {@code funksjon} and one column per key (the pool's default key by its name), separator {@code ;} or {@code ,}
 * (taken from the header), decimal comma or point, blanks as thousands separators, an optional byte order mark.
 * Errors name the row and column as {@code pools[0].usersCsv[3].funksjon} (row 0 = the first row after the header).
 */
final class UsersCsv {

    private UsersCsv() {
    }

    /** The number of data rows (for the limits, before anything else is read). */
    static int rowCount(String csv) {
        if (csv == null) {
            return 0;
        }
        return Math.max(0, rows(csv).size() - 1);
    }

    static List<RentRequest.User> read(String field, String csv, String defaultKey) {
        List<String> rows = rows(csv);
        if (rows.isEmpty()) {
            throw new RentInputException(field, "", "usersCsv er tom; første rad må være overskriftene id;funksjon;"
                    + defaultKey + " (usersCsv is empty: a header row is required).");
        }
        String headerRow = rows.get(0);
        char sep = headerRow.indexOf(';') >= 0 ? ';' : ',';
        List<String> header = new ArrayList<>();
        for (String h : split(headerRow, sep)) {
            header.add(h.trim().toLowerCase(Locale.ROOT));
        }
        int id = header.indexOf("id");
        int funksjon = header.indexOf("funksjon");
        int quantity = header.indexOf(defaultKey.toLowerCase(Locale.ROOT));
        if (id < 0 || funksjon < 0 || quantity < 0) {
            throw new RentInputException(field + ".header", headerRow, "Overskriftsraden må ha kolonnene id, funksjon "
                    + "og " + defaultKey + " (poolens nøkkel), skilt med ; (the header row needs the columns id, "
                    + "funksjon and " + defaultKey + ").");
        }
        List<RentRequest.User> users = new ArrayList<>(rows.size() - 1);
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = split(rows.get(r), sep);
            String path = field + "[" + (r - 1) + "]";
            if (cells.size() != header.size()) {
                throw new RentInputException(path, rows.get(r), "Raden har " + cells.size() + " kolonner, "
                        + "overskriften " + header.size() + " (the row has " + cells.size() + " columns, the header "
                        + header.size() + ").");
            }
            Map<String, String> quantities = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (c != id && c != funksjon && c != quantity) {
                    quantities.put(header.get(c), number(cells.get(c)));
                }
            }
            users.add(new RentRequest.User(cells.get(id).trim(), cells.get(funksjon).trim(),
                    number(cells.get(quantity)), quantities));
        }
        return users;
    }

    /** "1 234,50" -> "1234.50"; anything else is left for the quantity check to refuse with its field. */
    private static String number(String cell) {
        String t = cell.trim().replace("\u00a0", "").replace(" ", "");
        return t.indexOf(',') >= 0 && t.indexOf('.') < 0 ? t.replace(',', '.') : t;
    }

    private static List<String> rows(String csv) {
        String text = csv.startsWith("\ufeff") ? csv.substring(1) : csv;
        List<String> rows = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank()) {
                rows.add(line);
            }
        }
        return rows;
    }

    /** Splits a row; a cell may be quoted with " (then the separator inside it is kept). */
    private static List<String> split(String row, char sep) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == sep && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
