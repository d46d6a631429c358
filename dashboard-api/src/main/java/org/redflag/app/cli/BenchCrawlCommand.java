package org.redflag.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Map;
import org.redflag.classifier.AdClassifier;
import org.redflag.classifier.AdText;
import org.redflag.classifier.Classification;
import org.redflag.classifier.Contacts;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.crawler.bench.BenchResult;
import org.redflag.crawler.bench.CrawlBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code redflag bench crawl}: crawls a generated local job site and prints pages/s and heap figures. */
@Command(
        name = "crawl",
        mixinStandardHelpOptions = true,
        description = {
            "Serves a generated job board on 127.0.0.1 (listing pages, ad pages in UTF-8 and GB18030, JSON-LD and plain",
            "HTML, a robots.txt Disallow) and crawls it through the real pipeline with the real classifier, writing",
            "JSON lines, with no politeness delay. Prints pages/s, peak heap, exact-title share and disallowed fetches.",
            "Run it with -Xmx1g to check that memory stays bounded."
        })
public final class BenchCrawlCommand implements Callable<Integer> {

    @Option(names = "--ads", paramLabel = "N", split = ",", defaultValue = "5000",
            description = "Ads on the generated site; several values run several crawls (default: ${DEFAULT-VALUE}).")
    List<Integer> ads;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8",
            description = "Requests in flight (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--out", paramLabel = "FILE", description = "Where the JSON lines go (default: a temporary "
            + "file, deleted afterwards).")
    Path out;

    @Option(names = "--no-classifier", description = "Skip the classifier (measures the crawler alone).")
    boolean noClassifier;

    @Override
    public Integer call() throws Exception {
        AdClassifier classifier = noClassifier ? BenchCrawlCommand::unscored : RedflagClassifier.loadDefault();
        System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime()
                .availableProcessors() + " cpus, max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB, "
                + "classifier " + (noClassifier ? "off" : "on") + ", concurrency " + concurrency);
        for (int n : ads) {
            Path file = out != null ? out : Files.createTempFile("redflag-bench-crawl-", ".jsonl");
            try {
                BenchResult result = CrawlBenchmark.run(n, classifier, concurrency, file);
                System.out.println(result.summary());
            } finally {
                if (out == null) {
                    Files.deleteIfExists(file);
                }
            }
        }
        return 0;
    }

    private static Classification unscored(AdText ad) {
        return new Classification(ad.id(), "und", 0, false, 0, Map.of(), List.of(), Contacts.NONE, "none");
    }
}
