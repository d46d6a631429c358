package org.redflag.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code redflag bench ...}: benchmarks that print figures. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure speed and memory; prints figures.",
        subcommands = {BenchCrawlCommand.class, BenchClassifyCommand.class})
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
