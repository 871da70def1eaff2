package org.crosspoint.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosspoint} command: one entry point for officers, analysts, approvers, auditors and
 * integrators. Every subcommand takes {@code --home DIR} (default: {@code $CROSSPOINT_HOME}, else
 * {@code ~/.crosspoint}) and, where it prints data, {@code --json}.
 */
@Command(
    name = "crosspoint",
    mixinStandardHelpOptions = true,
    version = "crosspoint 0.1.0",
    description = "Counter-terrorism watchlists: registry, screening at crossing points, intake.",
    subcommandsRepeatable = false)
public final class Crosspoint implements Runnable {

  /** Every subcommand, one per line; a newcomer finds a feature by its name here. */
  static List<Object> subcommands() {
    return List.of(
        new CommandLine.HelpCommand(), //
        new InitCommand(), //
        new ListsCommand(), //
        new EntriesCommand(), //
        new MrzCommand(), //
        new RulesCommand(), //
        new ServeCommand(), //
        new AuditCommand(), //
        new MatchCommand(), //
        new ScreenCommand(), //
        new BulletinsCommand(), //
        new ManifestCommand(), //
        new ScreenManifestCommand(), //
        new EncountersCommand(), //
        new OfflineCommand(), //
        new IngestCommand(), //
        new ClaimsCommand(), //
        new SubjectsCommand(), //
        new ProposalsCommand(), //
        new LettersCommand(), //
        new StixCommand(), //
        new EvalCommand() //
        );
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Crosspoint());
    for (Object sub : subcommands()) {
      cl.addSubcommand(sub);
    }
    cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    cl.setExecutionExceptionHandler(
        (ex, cmd, parse) -> {
          // A user error gets one clear line, not a stack trace.
          cmd.getErr().println("error: " + ex.getMessage());
          if (System.getenv("CROSSPOINT_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
          }
          return ex instanceof IllegalArgumentException ? 2 : 1;
        });
    return cl;
  }

  public static void main(String[] args) {
    // Library chatter (Jetty, Javalin) stays out of the officer's and the script's way.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(commandLine().execute(args));
  }
}
