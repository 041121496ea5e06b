package no.kommunefakta.site.prikking;

import java.util.List;

/**
 * A published additivity: {@code total = sum of ledd}. Every such rule is a way to recompute a hidden cell.
 *
 * @param total cell id of the total
 * @param ledd  cell ids of the members
 */
public record Summeringsregel(String total, List<String> ledd) {
}
