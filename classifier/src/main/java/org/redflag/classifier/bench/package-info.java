/** The classifier benchmark behind {@code ./redflag bench classify}: load time, heap, ads per second, p99 latency. */
package org.redflag.classifier.bench;
