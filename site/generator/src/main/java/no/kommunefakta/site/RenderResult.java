package no.kommunefakta.site;

import java.util.Map;

/**
 * What a render produced.
 *
 * @param utmappe   output folder
 * @param sider     HTML pages written
 * @param filer     files written in total
 * @param bytes     bytes written in total
 * @param millis    wall time of the render (data load included, JVM start excluded)
 * @param perType   files per kind (kommune, fylke, omkoding, data, ...)
 */
public record RenderResult(String utmappe, int sider, int filer, long bytes, long millis, Map<String, Integer> perType) {
}
