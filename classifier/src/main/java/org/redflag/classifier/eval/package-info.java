/**
 * Evaluation: labelled ads from CSV ({@code fraudulent} column) or JSON lines ({@code label}), near-duplicate
 * grouping for cross-validation, and precision, recall, F1 and PR-AUC.
 */
package org.redflag.classifier.eval;
