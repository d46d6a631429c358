package org.redflag.classifier.model;

import org.redflag.classifier.AdText;

/** Gives the calibrated probability in [0,1] that an ad is a deceptive (fake) job ad. Thread-safe. */
public interface DeceptionModel {

    double deception(AdText ad);

    /** Identifies the model file, for {@code Classification.modelVersion}. */
    String version();
}
