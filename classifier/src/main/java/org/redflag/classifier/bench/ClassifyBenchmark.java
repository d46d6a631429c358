package org.redflag.classifier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.redflag.classifier.AdText;
import org.redflag.classifier.RedflagClassifier;
import org.redflag.classifier.explain.ExplanationJson;

/**
 * Measures the classifier on one thread: model load time and heap, then ads per second and latency percentiles over
 * the given ads (each run through language detection, indicators, the deception model, contacts and the JSON
 * explanation), after a warm-up. Prints figures; asserts nothing.
 */
public final class ClassifyBenchmark {
    private final Supplier<RedflagClassifier> loader;

    public ClassifyBenchmark(Supplier<RedflagClassifier> loader) {
        this.loader = loader;
    }

    public BenchmarkResult run(List<AdText> ads, int warmupAds, int measuredAds) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        RedflagClassifier classifier = loader.get();
        long loadNanos = System.nanoTime() - t0;
        System.gc();
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        ExplanationJson json = new ExplanationJson();
        long sink = 0;
        for (int i = 0; i < warmupAds; i++) {
            sink += json.toJsonLine(classifier.explain(ads.get(i % ads.size()))).length();
        }
        long[] latencies = new long[measuredAds];
        long bytes = 0;
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < measuredAds; i++) {
            AdText ad = ads.get(i % ads.size());
            long s = System.nanoTime();
            sink += json.toJsonLine(classifier.explain(ad)).length();
            latencies[i] = System.nanoTime() - s;
            bytes += ad.title().length() + ad.text().length();
        }
        long elapsed = System.nanoTime() - start;
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        Arrays.sort(latencies);
        return new BenchmarkResult(loadNanos / 1e6, (heapAfter - heapBefore) / 1e6, measuredAds,
                measuredAds / (elapsed / 1e9), measuredAds / (cpu / 1e9), latencies[measuredAds / 2] / 1e3, latencies[(int) (measuredAds * 0.99)] / 1e3,
                (double) bytes / measuredAds, sink);
    }

    /** Keeps ads of 1 to 3 KB of text: shorter ones are joined with the next, longer ones cut. */
    public static List<AdText> typicalAds(List<AdText> source) {
        List<AdText> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        AdText first = null;
        for (AdText ad : source) {
            if (first == null) {
                first = ad;
            }
            text.append(ad.text()).append('\n');
            if (text.length() >= 1024) {
                String t = text.length() > 3072 ? text.substring(0, 3072) : text.toString();
                out.add(new AdText(first.id(), first.title(), t, first.company(), first.location(), first.salary(), first.url()));
                text.setLength(0);
                first = null;
            }
        }
        return out;
    }
}
