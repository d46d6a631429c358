package org.redflag.app.cli;

/** A start-up failure as one line for the terminal; the full stack trace goes to the log. */
final class StartFailure {
    private StartFailure() {
    }

    /** The exception's message, and its causes' where they add something, ending with where the log is. */
    static String describe(Throwable failure) {
        StringBuilder line = new StringBuilder(message(failure));
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause();
                cause = cause.getCause()) {
            String more = message(cause);
            if (!line.toString().contains(more)) {
                line.append(" (").append(more).append(')');
            }
        }
        return line.append(". Details: data/logs/redflag.log").toString();
    }

    private static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }
}
