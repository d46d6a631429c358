package org.redflag.classifier;

/** The three elements of trafficking in the UN Trafficking in Persons Protocol, article 3(a). */
public enum Element {
    /** Recruitment, transportation, transfer, harbouring or receipt of persons. */
    ACT,
    /** Threat, force, coercion, abduction, fraud, deception, abuse of power or vulnerability, payments. */
    MEANS,
    /** Exploitation: sexual, forced labour or services, slavery, servitude, forced criminality, organ removal, ... */
    PURPOSE
}
