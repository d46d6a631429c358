package org.redflag.app.demo;

import java.util.Map;

/**
 * The API keys the demo generated at start: one analyst, one operator, and one platform key per sample site. They
 * exist only in memory for the demo's lifetime.
 *
 * @param analyst        the analyst's key
 * @param operator       the operator's key
 * @param platformBySite each sample site's platform key, by site id, in the sites' order
 */
public record DemoKeys(String analyst, String operator, Map<String, String> platformBySite) {

    public DemoKeys {
        platformBySite = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(platformBySite));
    }

    /** The platform key of a site; throws naming the sites when there is none. */
    public String expectPlatformKey(String siteId) {
        String key = platformBySite.get(siteId);
        if (key == null) {
            throw new IllegalArgumentException("No platform key for '" + siteId + "': the demo's platforms are "
                    + platformBySite.keySet());
        }
        return key;
    }
}
