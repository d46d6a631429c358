/**
 * The composition root: {@link org.redflag.app.runtime.RedflagApplication} builds every part of a running Redflag
 * from its configuration (Elasticsearch, the store, the classifier, the crawler and its scheduler, the server, the
 * metrics registry), starts them in order and stops them in reverse order, gracefully, when the JVM is asked to
 * exit. The parts themselves live in their own modules and packages; nothing here does their work.
 */
package org.redflag.app.runtime;
