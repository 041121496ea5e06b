package no.kommunefakta.api.request;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

/**
 * Keeps client errors out of the error log: Funqy logs at ERROR every body it cannot bind to the function's input,
 * which is the caller's mistake, answered 400 by {@link no.kommunefakta.api.ErrorResponder}. Everything else Funqy logs (an answer it
 * cannot write) stays, and {@link no.kommunefakta.api.ErrorResponder} logs every 5xx with its error id.
 */
@LoggingFilter(name = "client-errors")
public final class ClientErrorLogFilter implements Filter {

    static final String FUNQY_LOGGER = "io.quarkus.funqy";

    @Override
    public boolean isLoggable(LogRecord record) {
        if (!FUNQY_LOGGER.equals(record.getLoggerName()) || record.getMessage() == null) {
            return true;
        }
        return !record.getMessage().startsWith("Failed to unmarshal input")
                && !record.getMessage().startsWith("Must be POST or GET");
    }
}
