/**
 * Static SVG charts for figure and region pages: {@link no.kommunefakta.site.graf.Tidsseriediagram} (one figure over
 * the years as labelled bars, with KOSTRA group / fylke / landet as comparison lines and gaps for SSB symbols) and
 * {@link no.kommunefakta.site.graf.Fordelingsdiagram} (every region's value ranked, a group and one region marked).
 * Both return a {@link no.kommunefakta.site.svg.Svg} (standalone, {@code role="img"}, title and a description with
 * the data); the page shows the same numbers in a table. {@code GrafBench} measures them.
 */
package no.kommunefakta.site.graf;
