package no.kommunefakta.site.kart;

/** Finds a free corner of a map for a legend or credit, or the place below the map when no corner is free. */
final class Plassering {

    private static final int MARG = 4;

    private Plassering() {
    }

    /** Top-left {x, y} of a {@code b × h} box: bottom-right, top-left, bottom-left or top-right corner, else below. */
    static int[] finn(Tegner t, int b, int h) {
        return finn(t, b, h, java.util.List.of(), t.hoyde);
    }

    /**
     * As {@link #finn(Tegner, int, int)}, also keeping clear of boxes already placed ({x, y, width, height}); below
     * {@code bunn} (the drawing's lowest point so far) when no corner is free.
     */
    static int[] finn(Tegner t, int b, int h, java.util.List<int[]> opptatt, int bunn) {
        int hoyreX = t.bredde - MARG - b;
        int bunnY = t.hoyde - MARG - h;
        int[][] hjorner = {{hoyreX, bunnY}, {MARG, MARG}, {MARG, bunnY}, {hoyreX, MARG}};
        for (int[] p : hjorner) {
            if (p[0] >= 0 && p[1] >= 0 && t.ledig(p[0], p[1], b, h) && fri(p[0], p[1], b, h, opptatt)) {
                return p;
            }
        }
        return new int[] {MARG, bunn + MARG};
    }

    /** Whether a {@code b × h} box at {@code x, y} keeps a margin from every box placed ({x, y, width, height}). */
    static boolean fri(int x, int y, int b, int h, java.util.List<int[]> opptatt) {
        for (int[] o : opptatt) {
            if (x < o[0] + o[2] + MARG && o[0] < x + b + MARG && y < o[1] + o[3] + MARG && o[1] < y + h + MARG) {
                return false;
            }
        }
        return true;
    }
}
