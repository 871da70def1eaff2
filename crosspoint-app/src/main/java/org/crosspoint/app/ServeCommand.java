package org.crosspoint.app;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.crosspoint.http.ApiServer;
import org.crosspoint.rules.RuleBook;
import org.crosspoint.screening.Screener;
import org.crosspoint.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crosspoint serve}: the REST API and the officer page. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the REST API (OpenAPI at /openapi.json) and the officer page at /.",
      "On a fresh home, first loads the bundled demo lists and ingests the seed reports."
    })
public final class ServeCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}; only this machine).")
  String host;

  @Option(
      names = "--no-init",
      description = "Do not load the demo lists and seed reports into a fresh home.")
  boolean noInit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    var err = spec.commandLine().getErr();
    Store store = home.openStore();
    if (!noInit) {
      FirstRun.prepare(store, home.dir(), err);
    }
    RuleBook rules = Rules.load(home.dir(), err);
    var rulesWatch = Rules.watch(rules, home.dir(), err);
    Screener screener = new Screener(store.registry(), store.encounters(), rules::evaluate, 1);
    ApiServer server = new ApiServer(store, screener, Clock.systemUTC()).start(host, port);
    screener.printStatus(err);
    err.printf(
        Locale.ROOT,
        "crosspoint: serving http://%s:%d/ (home %s); Ctrl-C to stop%n",
        host,
        server.port(),
        home.dir());
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  rulesWatch.shutdownNow();
                  server.close();
                  screener.close();
                  store.close();
                  stop.countDown();
                },
                "crosspoint-shutdown"));
    stop.await();
    return 0;
  }
}
