package org.redflag.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code redflag} command: one subcommand per job. Each subcommand lives in {@code org.redflag.app.cli}.
 */
@Command(
        name = "redflag",
        mixinStandardHelpOptions = true,
        versionProvider = RedflagVersion.class,
        description = "Finds human-trafficking recruitment in online job and classified ads.",
        subcommands = {
            CommandLine.HelpCommand.class,
            org.redflag.app.cli.BenchCommand.class,
            org.redflag.app.cli.ClassifyCommand.class,
            org.redflag.app.cli.EvalCommand.class,
            org.redflag.app.cli.TrainCommand.class,
            org.redflag.app.cli.CrawlCommand.class,
            org.redflag.app.cli.DemoCommand.class,
            org.redflag.app.cli.ServeCommand.class,
        })
public final class RedflagCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new RedflagCli()).execute(args));
    }
}
