package org.redflag.classifier.eval;

import org.redflag.classifier.AdText;

/**
 * An ad with a known label: {@code positive} is true for a fraudulent (or trafficking) ad.
 *
 * @param ad       the ad's text fields
 * @param positive the label
 * @param group    near-duplicate group; ads of one group never straddle a cross-validation split
 * @param attributes optional structured job-board fields (see {@code DeceptionFeatures.ATTRIBUTES}); may be empty
 */
public record LabelledAd(AdText ad, boolean positive, String group, java.util.Map<String, String> attributes) {
    public LabelledAd {
        attributes = java.util.Map.copyOf(attributes);
    }

    public LabelledAd(AdText ad, boolean positive, String group) {
        this(ad, positive, group, java.util.Map.of());
    }
}
