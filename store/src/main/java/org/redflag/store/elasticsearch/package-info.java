/**
 * Elasticsearch: the embedded node Redflag starts when no cluster is configured
 * ({@link org.redflag.store.elasticsearch.EmbeddedElasticsearch}), the connection to a node or a cluster
 * ({@link org.redflag.store.elasticsearch.ElasticsearchConnection}), the index templates, and the
 * {@link org.redflag.store.AdStore} kept in it.
 *
 * <p>Everything here works with the minimal distribution Redflag embeds (no scripts, no reindex, no analysis-common,
 * no ILM) and the same way with a full production cluster.
 */
package org.redflag.store.elasticsearch;
