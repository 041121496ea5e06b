package no.kommunefakta.site.side;

import java.util.List;

/**
 * An accessible SVG bar chart with a table alternative. Geometry is computed in Java; the template only draws.
 *
 * @param id          HTML id prefix
 * @param tittel      chart title (SVG title and caption)
 * @param beskrivelse SVG desc: the data in words
 * @param enhet       unit of the values
 * @param bredde      SVG width
 * @param hoyde       SVG height
 * @param tekstY      baseline of the bar labels
 * @param stolper     bars
 * @param tabell      draw its own table alternative (false when the same numbers stand in the table right below)
 * @param kategori    header of the table alternative's first column ("År", "Verdi")
 * @param src         path of the chart as its own SVG file (drawn by {@code graf.Tidsseriediagram}), empty to draw it inline
 */
public record Diagram(String id, String tittel, String beskrivelse, String enhet, int bredde, int hoyde,
        int tekstY, List<Stolpe> stolper, boolean tabell, String kategori, String src) {

    /** The same chart as a separate file at {@code path}. */
    public Diagram somFil(String path) {
        return new Diagram(id, tittel, beskrivelse, enhet, bredde, hoyde, tekstY, stolper, tabell, kategori, path);
    }

    /**
     * One bar.
     *
     * @param etikett label (x axis and table row header)
     * @param tall    value
     * @param x       left edge
     * @param y       top edge
     * @param b       width
     * @param h       height
     * @param tekstX  label x position
     * @param kort    short label drawn under the bar
     * @param fremhevet drawn in the highlight colour
     */
    public record Stolpe(String etikett, Tall tall, int x, int y, int b, int h, int tekstX, String kort, boolean fremhevet) {
    }
}
