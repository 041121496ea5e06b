package no.kommunefakta.bench;

import java.io.IOException;
import java.io.Writer;

/**
 * The synthetic 0A file the official program's performance was measured on (seed 42): line 1 skatt, line 2
 * rammetilskudd, then random valid kommune functions with drift arts, 60 % expenses. Byte-identical to the reference
 * generator's output for the same n.
 */
final class PerfFile {
    private static final String[] FUNKSJONER = ("100 110 120 121 130 170 171 172 173 180 201 202 211 213 215 221 222"
            + " 223 231 232 233 234 241 242 243 244 251 252 253 256 257 258 261 265 273 275 276 281 283 285 301 302"
            + " 303 315 320 321 322 325 329 330 332 335 338 339 340 345 350 353 354 355 360 365 370 373 375 377 380"
            + " 381 383 385 386 390 392 393").split(" ");
    private static final String[] UTGIFTSARTER = ("010 020 030 040 050 075 089 090 099 100 105 110 114 115 120 130"
            + " 140 150 160 165 170 180 181 182 183 184 185 190 195 200 209 210 220 230 240 250 260 300 330 350 370"
            + " 400 429 430 450 470 500 501 509 510 540 550").split(" ");
    private static final String[] INNTEKTSARTER = ("600 620 629 630 640 650 660 700 710 730 750 770 810 830 850 890"
            + " 900 901 905 909 940 950").split(" ");

    private PerfFile() {
    }

    static void write(int n, Writer out) throws IOException {
        PythonRandom random = new PythonRandom(42);
        out.write(line('1', "800", "870", -500000));
        out.write(line('1', "840", "800", -400000));
        for (int i = 0; i < n - 2; i++) {
            String funksjon = random.choice(FUNKSJONER);
            if (random.random() < 0.6) {
                out.write(line('1', funksjon, random.choice(UTGIFTSARTER), random.randint(1, 999)));
            } else {
                out.write(line('1', funksjon, random.choice(INNTEKTSARTER), -random.randint(1, 999)));
            }
        }
    }

    private static String line(char kontoklasse, String funksjon, String art, int belop) {
        String b = Integer.toString(belop);
        return "0A2026 110300" + " ".repeat(18) + kontoklasse + funksjon + " ".repeat(4 - funksjon.length()) + art
                + " ".repeat(9 - b.length()) + b + "\n";
    }
}
