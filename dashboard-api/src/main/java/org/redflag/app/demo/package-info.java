/**
 * The demo: two bundled sample job boards served on loopback ports ({@link org.redflag.app.demo.SampleSites}), the
 * demo sources that point the real crawler at them, and the measured agreement of the flags with the sample
 * content's own labels.
 *
 * <p>The sample ads ({@code /demo/*.jsonl} on the class path) were written for the demo. Their {@code kind} label is
 * ground truth for measuring the demo only: it is never shown on the sites and never used to flag anything.
 */
package org.redflag.app.demo;
