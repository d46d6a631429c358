package org.redflag.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.redflag.classifier.AdText;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.classifier.bench.BenchmarkResult;
import org.redflag.classifier.bench.ClassifyBenchmark;
import org.redflag.classifier.bench.SampleAds;
import org.redflag.classifier.eval.LabelledAd;
import org.redflag.classifier.eval.LabelledAdReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code redflag bench classify}: classifier load time, heap, ads/s on one thread and p99 latency. */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Loads the classifier (time and heap), then classifies 1-3 KB ads on one thread, with language detection,",
            "indicators, the deception model, contacts and the JSON explanation. Prints ads/s (wall clock and per",
            "CPU-second of the thread, which other load on the machine does not distort) and p50/p99 latency."
        })
public final class BenchClassifyCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "FILE", defaultValue = "../shared/data/emscad-train.csv",
            description = "Ads to use (EMSCAD CSV or JSON lines; default: ${DEFAULT-VALUE}); synthetic ads when absent.")
    Path data;

    @Option(names = "--ads", paramLabel = "N", defaultValue = "20000", description = "Ads measured (default: ${DEFAULT-VALUE}).")
    int ads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000", description = "Warm-up ads (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "config",
            description = "Folder with classifier.yml and indicators/ (default: ${DEFAULT-VALUE}).")
    Path config;

    @Override
    public Integer call() throws Exception {
        List<AdText> corpus;
        if (Files.isRegularFile(data)) {
            corpus = ClassifyBenchmark.typicalAds(LabelledAdReader.read(data).stream().map(LabelledAd::ad).toList());
            System.out.println(corpus.size() + " ads of 1-3 KB built from " + data);
        } else {
            corpus = SampleAds.generate(2000, 42);
            System.out.println(data + " not found; " + corpus.size() + " synthetic ads of 1-3 KB");
        }
        System.out.println("java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cpus, max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        BenchmarkResult result = new ClassifyBenchmark(() -> RedflagClassifier.loadOrDefault(config)).run(corpus, warmup, ads);
        System.out.println(result);
        return 0;
    }
}
