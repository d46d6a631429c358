/**
 * The HTTP server: {@link org.redflag.app.web.RedflagServer} wires the API routes, the one access-control
 * before-handler, JSON errors, security headers, request metrics, health and readiness, the OpenAPI document with
 * Swagger UI, and the analyst dashboard page. Built on Javalin: no annotations, no reflection, just code.
 */
package org.redflag.app.web;
