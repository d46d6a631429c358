/**
 * Explanations: the indicators that fired with their element, weight and evidence spans (offsets into the original
 * field and the exact text), the element scores, the model's contribution, and their JSON form.
 */
package org.redflag.classifier.explain;
