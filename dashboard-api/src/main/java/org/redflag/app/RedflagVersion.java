package org.redflag.app;

import picocli.CommandLine;

/** Reports the version from the jar's manifest, or "development" when run from classes. */
public final class RedflagVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RedflagVersion.class.getPackage().getImplementationVersion();
        return new String[] {"redflag " + (version == null ? "development" : version)};
    }
}
