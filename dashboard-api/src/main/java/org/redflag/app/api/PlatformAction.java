package org.redflag.app.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a platform did about a reported ad. */
public enum PlatformAction {
    REMOVED,
    EDITED,
    ACCOUNT_SUSPENDED,
    REFERRED_TO_AUTHORITIES,
    NO_ACTION,
    OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PlatformAction> find(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id.trim().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(PlatformAction::id).toList());
    }
}
