package org.crosspoint.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosspoint.rules.Rule;
import org.crosspoint.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosspoint rules check [FILE]}: validates a document and route rule file. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Document and route rules (mission S3).",
    subcommands = {RulesCommand.Check.class})
public final class RulesCommand implements Runnable {
  /** The rules shipped with Crosspoint. */
  public static final String DEFAULT_RULES = "/rules/default-rules.yaml";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Loads the shipped rules. */
  public static RuleBook defaultRules() throws IOException {
    return RuleBook.fromResource(RulesCommand.class, DEFAULT_RULES);
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Read a rule file and list its rules, or say on which line it is wrong (exit 2).",
        "Without FILE, checks the rules shipped with Crosspoint."
      })
  static final class Check implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The YAML rule file.")
    Path file;

    @Option(names = "--json", description = "Print the rules as JSON.")
    boolean json;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      RuleBook b = file == null ? defaultRules() : RuleBook.load(file);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Rule r : b.rules()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("id", r.id());
          m.put("outcome", r.action().name());
          m.put("reason", r.reason());
          m.put("line", r.line());
          list.add(m);
        }
        Json.print(out, list);
        return 0;
      }
      out.printf(Locale.ROOT, "%s: %d rules%n", b.snapshot().source(), b.rules().size());
      for (Rule r : b.rules()) {
        out.printf(
            Locale.ROOT, "  line %-4d %-6s %-32s %s%n", r.line(), r.action(), r.id(), r.reason());
      }
      out.flush();
      return 0;
    }
  }
}
