package org.redflag.classifier.bench;

import java.util.Locale;

/**
 * Figures of one benchmark run.
 *
 * @param loadMillis   time to load the classifier (lexicons, language model, deception model)
 * @param heapMegabytes heap retained after loading, measured after a GC
 * @param ads          ads measured
 * @param adsPerSecond throughput on one thread, wall clock
 * @param adsPerCpuSecond throughput per second of CPU time of that thread (ads/s per core, unaffected by other load)
 * @param p50Micros    median latency per ad
 * @param p99Micros    99th-percentile latency per ad
 * @param meanChars    mean characters of title and text per ad
 * @param checksum     sum of output lengths (keeps the JIT from discarding work)
 */
public record BenchmarkResult(double loadMillis, double heapMegabytes, int ads, double adsPerSecond, double adsPerCpuSecond, double p50Micros,
                              double p99Micros, double meanChars, long checksum) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "load: %.0f ms, heap after load: %.1f MB%n"
                + "classify (1 thread, %d ads, mean %.0f chars, with language detection and JSON explanation): "
                + "%.0f ads/s wall, %.0f ads per CPU-second, p50 %.1f us, p99 %.1f us", loadMillis, heapMegabytes, ads, meanChars,
                adsPerSecond, adsPerCpuSecond,
                p50Micros, p99Micros);
    }
}
