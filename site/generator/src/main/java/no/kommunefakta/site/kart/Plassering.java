package no.kommunefakta.site.kart;

/** Finds a free corner of a map for a legend or credit, or the place below the map when no corner is free. */
final class Plassering {

    private static final int MARG = 4;

    private Plassering() {
    }

    /** Top-left {x, y} of a {@code b × h} box: bottom-right, top-left, bottom-left or top-right corner, else below. */
    static int[] finn(Tegner t, int b, int h) {
        int hoyreX = t.bredde - MARG - b;
        int bunnY = t.hoyde - MARG - h;
        int[][] hjorner = {{hoyreX, bunnY}, {MARG, MARG}, {MARG, bunnY}, {hoyreX, MARG}};
        for (int[] p : hjorner) {
            if (p[0] >= 0 && p[1] >= 0 && t.ledig(p[0], p[1], b, h)) {
                return p;
            }
        }
        return new int[] {MARG, t.hoyde + MARG};
    }
}
