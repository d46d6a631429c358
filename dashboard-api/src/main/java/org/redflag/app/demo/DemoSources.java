package org.redflag.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.redflag.crawler.source.SourceConfig;
import org.redflag.crawler.source.SourceLoader;

/**
 * The demo's sources: {@code config/demo/sources/<site>.yml}, one per sample site, with {@code ${port}} standing for
 * the port the site got at start. Each template is written with its port filled in to a directory of the data
 * directory and loaded from there by the crawler's own {@link SourceLoader}, so the demo runs exactly what an
 * operator's source file would, and the files it ran are there to read.
 */
public final class DemoSources {
    /** What the templates write where the site's port goes. */
    public static final String PORT_PLACEHOLDER = "${port}";

    private final Path templateDir;
    private final Path outputDir;

    /**
     * @param templateDir the templates, normally {@code config/demo/sources}
     * @param outputDir   where the filled-in files go, e.g. {@code data/demo/sources}
     */
    public DemoSources(Path templateDir, Path outputDir) {
        this.templateDir = templateDir;
        this.outputDir = outputDir;
    }

    /** One source per sample site; fails naming the template when a site has none. */
    public List<SourceConfig> forSites(List<SampleSite> sites) {
        createOutputDir();
        List<SourceConfig> sources = new ArrayList<>();
        for (SampleSite site : sites) {
            sources.add(SourceLoader.loadFile(fillIn(site)));
        }
        return List.copyOf(sources);
    }

    private Path fillIn(SampleSite site) {
        Path template = templateDir.resolve(site.id() + ".yml");
        if (!Files.isRegularFile(template)) {
            throw new IllegalStateException("The demo source for sample site '" + site.id() + "' is missing: expected "
                    + template.toAbsolutePath() + " (restore it from the repository: git checkout -- config/demo)");
        }
        try {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            if (!text.contains(PORT_PLACEHOLDER)) {
                throw new IllegalStateException("Demo source " + template + " must write " + PORT_PLACEHOLDER
                        + " where the sample site's port goes (its seeds and URL patterns)");
            }
            String port = site.baseUrl().substring(site.baseUrl().lastIndexOf(':') + 1);
            Path filled = outputDir.resolve(site.id() + ".yml");
            Files.writeString(filled, "# Written by the demo from " + template + " for port " + port + "\n"
                    + text.replace(PORT_PLACEHOLDER, port), StandardCharsets.UTF_8);
            return filled;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo source for '" + site.id() + "' to " + outputDir, e);
        }
    }

    private void createOutputDir() {
        try {
            Files.createDirectories(outputDir);
            try (Stream<Path> old = Files.list(outputDir)) {
                for (Path file : old.filter(p -> p.toString().endsWith(".yml")).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + outputDir + " for the demo sources", e);
        }
    }
}
