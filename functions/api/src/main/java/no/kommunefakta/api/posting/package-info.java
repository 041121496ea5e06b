/**
 * The validation functions {@code validatePosting} and {@code validateFile}: the run context and the postings as JSON,
 * the findings of {@code no.kommunefakta.posting.validation} as the answer.
 *
 * <p>One documented difference from the official program's contract: a malformed run argument (e.g. a region of
 * five characters, a skjema outside 2–4 characters, an unsupported year or kvartal, an orgnr not of nine characters)
 * is refused with 400 naming the field and value ({@code RequestContexts}), before any control runs. The official
 * program, and {@code kostra-cli} as its drop-in, judge the file with it instead ({@code -r 03010}: control 006 on
 * every record and the file's sum controls, e.g. 125, exit code 2). Shown by {@code RunArgumentsTest} and
 * {@code KontrollCliTest}.
 */
package no.kommunefakta.api.posting;
