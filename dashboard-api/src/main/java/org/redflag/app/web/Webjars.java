package org.redflag.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Finds the version of a webjar on the class path, so pages can link its files under {@code /webjars/}. */
final class Webjars {
    private Webjars() {
    }

    static String version(String groupId, String artifactId) {
        String resource = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (InputStream in = Webjars.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The webjar " + groupId + ":" + artifactId
                        + " is not on the class path: rebuild dashboard-api");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
