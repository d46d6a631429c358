/** The JSON-lines classify runner behind {@code ./redflag classify}: one output line per input line, in order. */
package org.redflag.classifier.run;
