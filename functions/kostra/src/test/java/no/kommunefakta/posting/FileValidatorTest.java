package no.kommunefakta.posting;

import static no.kommunefakta.posting.Poster.annual;
import static no.kommunefakta.posting.Poster.balanced0A;
import static no.kommunefakta.posting.Poster.ids;
import static no.kommunefakta.posting.Poster.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import no.kommunefakta.posting.validation.FileValidator;

class FileValidatorTest {

    private static final ValidationContext A = annual("0A", 2026, "110300");
    private static final FileValidator V = FileValidator.standard();

    private static ValidationResult stream(String content) {
        return V.validate(A, new BufferedReader(new StringReader(content)));
    }

    @Test
    void emptyFileIsErrorWithoutFindings() {
        assertThat(stream("")).isEqualTo(new ValidationResult(Severity.ERROR, List.of()));
        assertThat(stream("\n\r\n\n")).isEqualTo(new ValidationResult(Severity.ERROR, List.of()));
        assertThat(V.validate(A, List.of())).isEqualTo(new ValidationResult(Severity.ERROR, List.of()));
    }

    @Test
    void fileOfZeroAmountsIsOk() {
        ValidationResult r = stream(rec(A, "1", "999", "010", 0) + "\n");
        assertThat(r).isEqualTo(new ValidationResult(Severity.OK, List.of()));
    }

    @Test
    void lineNumbersCountNonEmptyLinesAfterStrippingCarriageReturns() {
        String bad = rec(A, "1", "999", "010", 20);
        String content = "\r\n" + String.join("\r\n", balanced0A(A)) + "\r\n\r\n" + bad + "\r\n";
        ValidationResult r = stream(content);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.control()).isEqualTo("010");
            assertThat(f.lines()).containsExactly(9);
        });
    }

    @Test
    void anyBadLineReportsOnly001ForEveryBadLine() {
        String content = rec(A, "1", "999", "010", 100) + "\nshort\n" + rec(A, "1", "120", "010", 5) + "\n"
                + rec(A, "1", "120", "010", 5).replace("  5", "\t 5") + "\n";
        ValidationResult r = stream(content);
        assertThat(r.verdict()).isEqualTo(Severity.FATAL);
        assertThat(r.findings()).extracting(Finding::control).containsOnly("001");
        assertThat(r.findings()).extracting(Finding::lines).containsExactly(List.of(2), List.of(4));
    }

    @Test
    void aLoneCarriageReturnInsideALineIsKeptLikeTheProgram() {
        String record = rec(A, "1", "120", "010", 100);
        ValidationResult r = stream(record.substring(0, 20) + "\r" + record.substring(20) + "\n");
        assertThat(ids(r)).containsExactly("001 FATAL");
    }

    @Test
    void lastLineWithoutNewlineCounts() {
        ValidationResult r = stream(String.join("\n", balanced0A(A)) + "\n" + rec(A, "1", "999", "010", 1));
        assertThat(r.findings()).singleElement().extracting(Finding::lines).isEqualTo(List.of(9));
    }

    @Test
    void listAndReaderGiveTheSameResult() {
        List<String> lines = List.of(balanced0A(A));
        ValidationResult fromList = V.validate(A, lines);
        assertThat(stream(String.join("\n", lines))).isEqualTo(fromList);
        assertThat(fromList.verdict()).isEqualTo(Severity.OK);
    }

    @Test
    void streamsLargeInputWithoutHoldingIt() {
        int n = 300_000;
        String[] body = balanced0A(A);
        Reader generated = new Reader() {
            private int line;
            private String current = "";
            private int pos;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (pos == current.length()) {
                    if (line == n) {
                        return -1;
                    }
                    current = (line < body.length ? body[line] : rec(A, "1", "120", "010", "1")) + "\n";
                    line++;
                    pos = 0;
                }
                int k = Math.min(len, current.length() - pos);
                current.getChars(pos, pos + k, cbuf, off);
                pos += k;
                return k;
            }

            @Override
            public void close() {
            }
        };
        ValidationResult r = V.validate(A, generated);
        assertThat(ids(r)).containsExactly("015 WARNING", "110 ERROR");
        assertThat(r.findings().get(0).lines()).hasSize(n - body.length + 1).startsWith(1, 9, 10);
    }

    @Test
    void duplicatesAcrossTheBatchesOfTheSecondThreadKeepTheirLinesInFileOrder() {
        // 5 000 combinations, each on lines i, i + 5 000, i + 10 000, i + 15 000 (1-based): 015 runs on its own thread
        // in batches of 8 192 records, so every combination spans batches, and the file ends in a partial batch
        int distinct = 5_000;
        StringBuilder file = new StringBuilder();
        for (int copy = 0; copy < 4; copy++) {
            for (int i = 0; i < distinct; i++) {
                file.append(rec(A, "1", Integer.toString(100 + i / 50), Integer.toString(100 + i % 50), 1)).append('\n');
            }
        }
        ValidationResult r = stream(file.toString());
        List<Finding> dubletter = r.findings().stream().filter(f -> f.control().equals("015")).toList();
        assertThat(dubletter).hasSize(distinct);
        for (int i = 0; i < distinct; i++) {
            Finding f = dubletter.get(i);
            assertThat(f.lines()).containsExactly(i + 1, i + 1 + distinct, i + 1 + 2 * distinct, i + 1 + 3 * distinct);
            assertThat(f.value()).isEqualTo("1 * " + (100 + i / 50) + " * " + (100 + i % 50));
        }
    }

    @Test
    void unknownSkjemaStopsBeforeReading() {
        ValidationResult r = V.validate(Poster.ctx("0Z", "2026", " ", "110300", null),
                new BufferedReader(new StringReader("whatever")));
        assertThat(ids(r)).containsExactly("Ukjent skjema FATAL");
    }

    @Test
    void nullArgumentsAreRejectedWithAClearMessage() {
        assertThatThrownBy(() -> V.validate(null, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("context");
        assertThatThrownBy(() -> V.validate(A, (List<String>) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("records");
    }

    @Test
    void findingsAreOrderedByControlThenLine() {
        ValidationResult r = V.validate(A, List.of(rec(A, "1", "999", "010", 1), rec(A, "1", "841", "010", 1),
                rec(A, "1", "998", "010", 1)));
        assertThat(r.findings()).extracting(f -> f.control() + "@" + f.lines())
                .containsExactly("010@[1]", "010@[3]", "020@[2]", "105@[]", "110@[]", "130@[]", "135@[]");
    }
}
