/**
 * Configuration files: loading YAML into records, validating them, environment overrides, and Redflag's own
 * {@link org.redflag.store.config.RedflagConfig}.
 *
 * <p>{@link org.redflag.store.config.ConfigLoader} is generic: any record type can be loaded with it (Redflag's main
 * file, the crawler's source files, the classifier's files). Conventions for a configuration record:
 * <ul>
 *   <li>record components are written in camelCase and read from snake_case keys ({@code indexPrefix} is
 *       {@code index_prefix});</li>
 *   <li>a key missing from the file arrives as {@code null}; the compact constructor replaces it with the default
 *       (use boxed types such as {@code Integer} for numbers whose default is not zero);</li>
 *   <li>a section (a component whose type is itself a record) missing from the file is built from an empty
 *       mapping, so it gets all its defaults; adding a section is adding one component;</li>
 *   <li>constraints are {@code jakarta.validation} annotations on the components; nested records are validated
 *       without {@code @Valid};</li>
 *   <li>passwords and keys are {@link org.redflag.store.config.Secret}s, which never print.</li>
 * </ul>
 */
package org.redflag.store.config;
