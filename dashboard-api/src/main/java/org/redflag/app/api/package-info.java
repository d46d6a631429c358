/**
 * The versioned REST API ({@code /api/v1}): one route class per user ({@link org.redflag.app.api.AnalystApi},
 * {@link org.redflag.app.api.OperatorApi}, {@link org.redflag.app.api.PlatformApi}), the JSON views each user gets,
 * typed parameter validation, and the ports the API reads and writes through ({@link org.redflag.app.api.AdSearch},
 * {@link org.redflag.app.api.SourceOperations}, {@link org.redflag.app.api.CrawlRunLog}).
 *
 * <p>Errors are {@link org.redflag.app.api.ApiException}s, rendered as
 * {@code {"error": "...", "details": {...}}}.
 */
package org.redflag.app.api;
