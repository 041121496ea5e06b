/**
 * Static SVG maps of Norway's 357 kommuner and 15 fylker (2024 division) from Kartverket's boundaries (CC BY 4.0,
 * "© Kartverket" on every map).
 *
 * <p>Use: load {@link no.kommunefakta.site.kart.Kartgrunnlag} once per build ({@code Kartgrunnlag.load(dataKilde)}, about
 * 0.2 s CPU), then draw any number of maps from it; the layout of a selection at a size is computed once and shared.
 * <ul>
 * <li>{@link no.kommunefakta.site.kart.Koropletkart#tegn}: a figure over all kommuner or fylker, quantile classes,
 * legend, patterns for {@code ..} and {@code :}, optional outlined group (e.g. the region's KOSTRA group);</li>
 * <li>{@link no.kommunefakta.site.kart.Lokatorkart#kommune} / {@link no.kommunefakta.site.kart.Lokatorkart#fylke}:
 * small maps for region pages.</li>
 * </ul>
 * Each returns a {@link no.kommunefakta.site.svg.Svg}: write {@code kode()} to a {@code .svg} file and reference it
 * with {@code <img alt="…">} (alt = {@code tittel()}, and show {@code beskrivelse()} or the table near it), or inline it
 * (give every inlined SVG on a page its own id). Output is byte-identical for the same input.
 *
 * <p>Pipeline: {@code TopoJson} (streaming read) → {@code Utm33} (EPSG:25833) → {@code Visvalingam} weights per arc
 * → {@code Tegner} (fit, filter by the per-map threshold, round to 0.1 px, relative path data).
 * {@code KartBench} measures it.
 */
package no.kommunefakta.site.kart;
