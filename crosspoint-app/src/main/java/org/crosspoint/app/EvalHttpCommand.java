package org.crosspoint.app;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosspoint eval http}: end-to-end screening over HTTP from another process, with N
 * concurrent clients, against a running {@code crosspoint serve}. Each request is one encounter (a
 * generated traveller, one in twenty a listed name typed with a variant); every request goes
 * through matching, rules, the decision, and the committed, audited store.
 */
@Command(
    name = "http",
    mixinStandardHelpOptions = true,
    description = {
      "Load a running server with screening requests and print median / p99 latency and"
          + " throughput.",
      "Start the server first: ./crosspoint serve (same machine)."
    })
final class EvalHttpCommand implements Callable<Integer> {
  @Option(
      names = "--url",
      defaultValue = "http://127.0.0.1:8080",
      description = "Server (default: ${DEFAULT-VALUE}).")
  String url;

  @Option(names = "--clients", defaultValue = "32", description = "Concurrent clients.")
  int clients;

  @Option(names = "--requests", defaultValue = "20000", description = "Measured requests.")
  int requests;

  @Option(names = "--warmup", defaultValue = "3000", description = "Unmeasured requests first.")
  int warmup;

  @Option(names = "--seed", defaultValue = "20261123", description = "Traveller generator seed.")
  long seed;

  @Option(
      names = "--rate",
      defaultValue = "0",
      description = {
        "Offered load in encounters per second (open loop: each request has a scheduled start and"
            + " its latency counts from then, so a slow server cannot hide its queue).",
        "0 (the default): closed loop, every client sends as fast as it is answered."
      })
  double rate;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  private static final String[] GIVEN = {
    "Muhammad",
    "Ahmed",
    "Ali",
    "Hassan",
    "Imran",
    "Bilal",
    "Usman",
    "Ayesha",
    "Fatima",
    "Zainab",
    "John",
    "Maria",
    "Wei",
    "Li",
    "Olga",
    "Ivan",
    "Priya",
    "Raj",
    "Kofi",
    "Amina",
    "Sofia",
    "Lucas",
    "Yuki",
    "Hiroshi",
    "Carlos",
    "Ana",
    "Omar",
    "Khalid",
    "Gul",
    "Zarina",
    "Sher",
    "Nasir"
  };
  private static final String[] FAMILY = {
    "Khan", "Ahmed", "Hussain", "Malik", "Qureshi", "Shah", "Butt", "Chaudhry", "Siddiqui", "Smith",
    "Garcia", "Wang", "Chen", "Ivanov", "Patel", "Okafor", "Silva", "Tanaka", "Müller", "Rossi",
    "Yusufzai", "Afridi", "Durrani", "Baig", "Mirza", "Kowalski", "Nguyen", "Haddad", "Nasser"
  };
  private static final String[] LISTED = {
    "Usama bin Ladin",
    "AYMAN AL ZAWAHIRI",
    "Abu Bakr al-Baghdadi",
    "Hafiz Saeed",
    "Fazlullah",
    "Mullah Mohammad Omar",
    "Sirajuddin Haqqani",
    "Zakiur Rehman Lakhvi"
  };

  @Override
  public Integer call() throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    URI screen = URI.create(url + "/api/screen");
    List<String> bodies = bodies(Math.max(1, requests + warmup));
    PrintWriter err = spec.commandLine().getErr();
    err.printf(Locale.ROOT, "warming up with %d requests ...%n", warmup);
    run(http, screen, bodies.subList(0, warmup), clients, null, null, 0);
    err.printf(Locale.ROOT, "measuring %d requests with %d clients ...%n", requests, clients);
    long[] latencies = new long[requests];
    double[] serverMs = new double[requests];
    long t0 = System.nanoTime();
    int failures =
        run(
            http,
            screen,
            bodies.subList(warmup, warmup + requests),
            clients,
            latencies,
            serverMs,
            rate);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requests", requests);
    out.put("clients", clients);
    out.put("failures", failures);
    out.put("median_ms", sorted[sorted.length / 2] / 1e6);
    out.put(
        "p99_ms",
        sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
    out.put("max_ms", sorted[sorted.length - 1] / 1e6);
    out.put("encounters_per_second", requests / seconds);
    double[] server = serverMs.clone();
    Arrays.sort(server);
    // The server's own time per encounter (decide + commit), from the response's elapsed_ms: the
    // rest of the latency is HTTP, queueing for the two cores, and the client itself.
    out.put("server_median_ms", server[server.length / 2]);
    out.put(
        "server_p99_ms",
        server[(int) Math.min(server.length - 1, Math.ceil(server.length * 0.99) - 1)]);
    PrintWriter p = spec.commandLine().getOut();
    if (json) {
      Json.print(p, out);
    } else {
      p.printf(
          Locale.ROOT,
          (rate > 0 ? "offered " + Math.round(rate) + "/s: " : "")
              + "%d encounters over HTTP, %d clients: median %.2f ms, p99 %.2f ms, max %.2f ms,"
              + " %.0f encounters/s, %d failures; server time per encounter median %.2f ms,"
              + " p99 %.2f ms%n",
          requests,
          clients,
          (double) out.get("median_ms"),
          (double) out.get("p99_ms"),
          (double) out.get("max_ms"),
          (double) out.get("encounters_per_second"),
          failures,
          (double) out.get("server_median_ms"),
          (double) out.get("server_p99_ms"));
    }
    http.executor().ifPresent(e -> ((ExecutorService) e).shutdown());
    return failures == 0 ? 0 : 1;
  }

  private List<String> bodies(int n) {
    Random r = new Random(seed);
    String[] directions = {"ENTRY", "EXIT", "TRANSIT"};
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name =
          r.nextInt(20) == 0
              ? LISTED[r.nextInt(LISTED.length)]
              : GIVEN[r.nextInt(GIVEN.length)] + " " + FAMILY[r.nextInt(FAMILY.length)];
      String dob =
          String.format(
              Locale.ROOT,
              "%04d-%02d-%02d",
              1950 + r.nextInt(55),
              1 + r.nextInt(12),
              1 + r.nextInt(28));
      out.add(
          String.format(
              Locale.ROOT,
              "{\"traveller\":{\"name\":\"%s\",\"date_of_birth\":\"%s\",\"nationality\":\"PAK\","
                  + "\"document\":{\"type\":\"PASSPORT\",\"number\":\"AB%07d\",\"issuing_state\":\"PAK\"}},"
                  + "\"direction\":\"%s\",\"crossing_point\":{\"id\":\"ISB-AIR\",\"kind\":\"AIR\","
                  + "\"country\":\"PAK\"},\"officer\":\"bench\"}",
              name,
              dob,
              r.nextInt(10_000_000),
              directions[r.nextInt(3)]));
    }
    return out;
  }

  private static final java.util.regex.Pattern ELAPSED =
      java.util.regex.Pattern.compile("\"elapsed_ms\"\\s*:\\s*([0-9.]+)");

  private static double elapsed(String body) {
    java.util.regex.Matcher m = ELAPSED.matcher(body);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  /** Sends every body with {@code clients} concurrent senders; returns the failure count. */
  private static int run(
      HttpClient http,
      URI uri,
      List<String> bodies,
      int clients,
      long[] latencies,
      double[] serverMs,
      double rate)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    long start = System.nanoTime();
    AtomicInteger failures = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<?>> fs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      fs.add(
          pool.submit(
              () -> {
                int i;
                while ((i = next.getAndIncrement()) < bodies.size()) {
                  HttpRequest req =
                      HttpRequest.newBuilder(uri)
                          .timeout(Duration.ofSeconds(30))
                          .header("Content-Type", "application/json")
                          .POST(
                              HttpRequest.BodyPublishers.ofString(
                                  bodies.get(i), StandardCharsets.UTF_8))
                          .build();
                  long t = System.nanoTime();
                  if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    while (System.nanoTime() < due) {
                      java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                    }
                    t = due;
                  }
                  try {
                    HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200) {
                      failures.incrementAndGet();
                    } else if (serverMs != null) {
                      serverMs[i] = elapsed(r.body());
                    }
                  } catch (Exception e) {
                    failures.incrementAndGet();
                  }
                  if (latencies != null) {
                    latencies[i] = System.nanoTime() - t;
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    pool.shutdown();
    return failures.get();
  }
}
