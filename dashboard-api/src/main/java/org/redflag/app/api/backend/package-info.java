/**
 * Adapters from the API's ports to the real components: the crawl scheduler
 * ({@link org.redflag.app.api.backend.SchedulerSourceOperations}) and Elasticsearch, plus their readiness checks
 * ({@link org.redflag.app.api.backend.ReadinessChecks}).
 */
package org.redflag.app.api.backend;
