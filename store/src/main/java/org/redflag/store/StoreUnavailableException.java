package org.redflag.store;

/** The store could not be reached or refused the write; nothing was lost and the write may be retried. */
public class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
