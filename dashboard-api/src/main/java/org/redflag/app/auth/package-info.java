/**
 * Who may call the API: API keys (kept only as SHA-256 hashes), the {@link org.redflag.app.auth.Role} each key
 * holds, and the one before-handler that checks them ({@link org.redflag.app.auth.AccessControl}).
 *
 * <p>Keys come from a YAML file of hashes ({@link org.redflag.app.auth.ApiKeyFile}) and from programmatic
 * registration ({@link org.redflag.app.auth.ApiKeyRegistry#generate}); the demo generates its keys at start-up.
 * No class here logs or stores a key in clear.
 */
package org.redflag.app.auth;
