/**
 * {@code kostra-cli}, the drop-in for SSB's command-line control program: the same options and exit codes, a JSON or
 * text report, the file streamed through {@code no.kommunefakta.posting.validation.FileValidator}.
 *
 * <p>As the official program, and unlike the HTTP API (which refuses them with 400 naming the field), a malformed
 * region, orgnr or skjema argument is not refused: the file is judged with it ({@code -r 03010}: control 006 on every
 * record, the sum controls for the file, exit code 2). Only what cannot be run at all is a usage error
 * (exit 2 with a message): a missing option, a year without a chart of accounts here, a kvartal other than 1–4.
 */
package no.kommunefakta.cli;
