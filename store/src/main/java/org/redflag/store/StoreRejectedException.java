package org.redflag.store;

import java.util.Map;

/**
 * The store refused some documents for good (e.g. a value its mapping cannot take); retrying will not help. The
 * other documents of the same write were stored.
 */
public class StoreRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> reasonsById;

    public StoreRejectedException(Map<String, String> reasonsById) {
        super("The store rejected " + reasonsById.size() + " document(s): " + reasonsById);
        this.reasonsById = Map.copyOf(reasonsById);
    }

    /** Why each rejected document was refused, by document id. */
    public Map<String, String> reasonsById() {
        return reasonsById;
    }
}
