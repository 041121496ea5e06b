package no.kommunefakta.site.side;

import java.util.ArrayList;
import java.util.List;

/** Lays out bar charts: integer pixel geometry, negative values below a zero line. */
public final class BarChartLayout {

    /**
     * One input bar.
     *
     * @param etikett   label
     * @param kort      short label under the bar, may be empty
     * @param tall      value
     * @param fremhevet highlight
     */
    public record Inn(String etikett, String kort, Tall tall, boolean fremhevet) {
    }

    private BarChartLayout() {
    }

    public static Diagram bygg(String id, String tittel, String beskrivelse, String enhet, int bredde, int hoyde, List<Inn> inn,
            boolean tabell) {
        return bygg(id, tittel, beskrivelse, enhet, bredde, hoyde, inn, tabell, "År");
    }

    /** @param kategori header of the table alternative's first column */
    public static Diagram bygg(String id, String tittel, String beskrivelse, String enhet, int bredde, int hoyde, List<Inn> inn,
            boolean tabell, String kategori) {
        double max = 0;
        double min = 0;
        for (Inn i : inn) {
            if (i.tall().harVerdi()) {
                max = Math.max(max, i.tall().verdi().doubleValue());
                min = Math.min(min, i.tall().verdi().doubleValue());
            }
        }
        int topp = 6;
        int bunn = 18;
        int plot = hoyde - topp - bunn;
        double spenn = max - min == 0 ? 1 : max - min;
        int null0 = topp + (int) Math.round(plot * (max / spenn));
        int n = Math.max(1, inn.size());
        int slot = bredde / n;
        int b = Math.max(2, (int) (slot * 0.7));
        List<Diagram.Stolpe> ut = new ArrayList<>();
        for (int i = 0; i < inn.size(); i++) {
            Inn x = inn.get(i);
            int venstre = i * slot + (slot - b) / 2;
            int y = null0;
            int h = 0;
            if (x.tall().harVerdi()) {
                double v = x.tall().verdi().doubleValue();
                int px = (int) Math.round(plot * Math.abs(v) / spenn);
                h = Math.max(px, v == 0 ? 0 : 1);
                y = v >= 0 ? null0 - h : null0;
            }
            ut.add(new Diagram.Stolpe(x.etikett(), x.tall(), venstre, y, b, h, i * slot + slot / 2, x.kort(), x.fremhevet()));
        }
        return new Diagram(id, tittel, beskrivelse, enhet, bredde, hoyde, hoyde - 4, List.copyOf(ut), tabell, kategori, "");
    }
}
