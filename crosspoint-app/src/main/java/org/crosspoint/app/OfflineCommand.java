package org.crosspoint.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.crosspoint.encounter.EncounterStore.StoredEncounter;
import org.crosspoint.registry.EntryJson;
import org.crosspoint.registry.ImportResult;
import org.crosspoint.store.Store;
import org.crosspoint.watchlist.Entry;
import org.crosspoint.watchlist.Watchlist;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosspoint offline}: a land post that screens for hours without a network (mission: "land
 * posts may be offline for hours"). Headquarters signs a snapshot of the active lists (Ed25519);
 * the post verifies and loads it into its own embedded store and screens locally; the post's
 * encounters are carried back and imported at headquarters, where every HIT becomes a sighting.
 */
@Command(
    name = "offline",
    mixinStandardHelpOptions = true,
    description = "Signed list snapshots for offline crossing points, and their encounters back.",
    subcommands = {
      OfflineCommand.Keygen.class,
      OfflineCommand.ExportLists.class,
      OfflineCommand.ImportLists.class,
      OfflineCommand.ExportEncounters.class,
      OfflineCommand.ImportEncounters.class
    })
public final class OfflineCommand implements Runnable {
  static final String FORMAT = "crosspoint-list-snapshot/1";

  /** A snapshot is a gzip of JSON; refuse anything that inflates past this. */
  static final long MAX_SNAPSHOT_BYTES = 2_000_000_000L;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static Path signatureOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".sig");
  }

  @Command(
      name = "keygen",
      mixinStandardHelpOptions = true,
      description =
          "Make an Ed25519 signing key pair (private.key stays at headquarters; public.key goes to posts).")
  static final class Keygen implements Callable<Integer> {
    @Option(
        names = "--out",
        required = true,
        description = "Directory for private.key and public.key.")
    Path dir;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Files.createDirectories(dir);
      Path priv = dir.resolve("private.key");
      if (Files.exists(priv)) {
        throw new IllegalArgumentException(priv + " exists; refusing to overwrite a signing key");
      }
      KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      Files.writeString(
          priv,
          Base64.getEncoder().encodeToString(kp.getPrivate().getEncoded()) + "\n",
          StandardCharsets.US_ASCII);
      Files.writeString(
          dir.resolve("public.key"),
          Base64.getEncoder().encodeToString(kp.getPublic().getEncoded()) + "\n",
          StandardCharsets.US_ASCII);
      spec.commandLine().getOut().println("wrote " + priv + " and " + dir.resolve("public.key"));
      return 0;
    }
  }

  @Command(
      name = "export-lists",
      mixinStandardHelpOptions = true,
      description = "Write a signed snapshot of every list and its active entries.")
  static final class ExportLists implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--key", required = true, description = "The private key file (from keygen).")
    Path key;

    @Option(
        names = "--out",
        required = true,
        description = "Snapshot file (a .sig is written beside it).")
    Path out;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Store store = home.openStore()) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("created_at", Instant.now().toString());
        root.put("change_counter", store.registry().changeCounter());
        root.set("lists", EntryJson.MAPPER.valueToTree(store.registry().lists()));
        List<Entry> entries = store.registry().activeEntries();
        root.set("entries", EntryJson.MAPPER.valueToTree(entries));
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
          Json.MAPPER
              .writer()
              .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
              .writeValue(o, root);
        }
        Signature sig = Signature.getInstance("Ed25519");
        sig.initSign(privateKey(key));
        sig.update(Files.readAllBytes(out));
        Files.writeString(
            signatureOf(out),
            Base64.getEncoder().encodeToString(sig.sign()) + "\n",
            StandardCharsets.US_ASCII);
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "wrote %s: %d lists, %d entries, registry change %d; signature %s%n",
                out,
                store.registry().lists().size(),
                entries.size(),
                store.registry().changeCounter(),
                signatureOf(out));
        return 0;
      }
    }
  }

  @Command(
      name = "import-lists",
      mixinStandardHelpOptions = true,
      description =
          "Verify a snapshot's signature and load its lists (each all-or-nothing) into this post's store.")
  static final class ImportLists implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--public-key", required = true, description = "Headquarters' public key.")
    Path publicKey;

    @Parameters(
        paramLabel = "SNAPSHOT",
        description = "The snapshot file; its .sig must be beside it.")
    Path file;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      byte[] bytes = Files.readAllBytes(file);
      Path sigFile = signatureOf(file);
      if (!Files.exists(sigFile)) {
        throw new IllegalArgumentException(
            sigFile + " is missing: an unsigned snapshot is not loaded");
      }
      Signature sig = Signature.getInstance("Ed25519");
      sig.initVerify(publicKey(publicKey));
      sig.update(bytes);
      if (!sig.verify(
          Base64.getDecoder()
              .decode(Files.readString(sigFile, StandardCharsets.US_ASCII).strip()))) {
        throw new IllegalArgumentException(
            file + ": the signature does not verify with " + publicKey + "; nothing loaded");
      }
      JsonNode root;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        root =
            Json.MAPPER.readTree(
                in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, MAX_SNAPSHOT_BYTES)));
      }
      if (!FORMAT.equals(root.path("format").asText())) {
        throw new IllegalArgumentException(file + ": not a " + FORMAT + " file");
      }
      Map<String, List<Entry>> byList = new LinkedHashMap<>();
      List<Watchlist> lists = new ArrayList<>();
      for (JsonNode l : root.path("lists")) {
        Watchlist w = EntryJson.MAPPER.treeToValue(l, Watchlist.class);
        lists.add(w);
        byList.put(w.id(), new ArrayList<>());
      }
      for (JsonNode e : root.path("entries")) {
        Entry entry = EntryJson.MAPPER.treeToValue(e, Entry.class);
        List<Entry> l = byList.get(entry.listId());
        if (l == null) {
          throw new IllegalArgumentException(
              file
                  + ": entry "
                  + entry.id()
                  + " names list "
                  + entry.listId()
                  + ", which the snapshot does not have");
        }
        l.add(entry);
      }
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = home.openStore()) {
        for (Watchlist w : lists) {
          store.registry().saveList(w, "offline-snapshot");
          List<Entry> entries = byList.get(w.id());
          if (entries.isEmpty()) {
            out.printf(
                Locale.ROOT, "%s: no active entries in the snapshot; left as it is%n", w.id());
            continue;
          }
          ImportResult r =
              store
                  .registry()
                  .importEntries(
                      w.id(), entries, file.getFileName().toString(), "offline-snapshot");
          out.printf(Locale.ROOT, "%s: %s%n", w.id(), r.summary());
        }
        out.printf(
            Locale.ROOT,
            "snapshot of %s (headquarters change %d) loaded%n",
            root.path("created_at").asText(),
            root.path("change_counter").asLong());
      }
      return 0;
    }
  }

  @Command(
      name = "export-encounters",
      mixinStandardHelpOptions = true,
      description =
          "Write this post's encounters (since a time) as JSON lines, to carry to headquarters.")
  static final class ExportEncounters implements Callable<Integer> {
    @Mixin HomeOption home;

    @Option(names = "--since", description = "Only encounters at or after this instant (ISO 8601).")
    Instant since;

    @Option(names = "--out", required = true, description = "Output file (.ndjson).")
    Path out;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Store store = home.openStore();
          var w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        int n = 0;
        for (StoredEncounter e : store.encounters().recent(Integer.MAX_VALUE)) {
          if (since != null && e.at().isBefore(since)) {
            continue;
          }
          w.write(
              Json.MAPPER
                  .writer()
                  .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                  .writeValueAsString(e));
          w.write('\n');
          n++;
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d encounters to %s%n", n, out);
        return 0;
      }
    }
  }

  @Command(
      name = "import-encounters",
      mixinStandardHelpOptions = true,
      description =
          "Load a post's encounters at headquarters: each new one is stored and audited, and its HITs become sightings. Already known ids are skipped.")
  static final class ImportEncounters implements Callable<Integer> {
    @Mixin HomeOption home;

    @Parameters(paramLabel = "FILE", description = "JSON lines from export-encounters.")
    Path file;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      int added = 0;
      int known = 0;
      int lineNo = 0;
      try (Store store = home.openStore();
          BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          lineNo++;
          if (line.isBlank()) {
            continue;
          }
          StoredEncounter e;
          try {
            e = Json.MAPPER.readValue(line, StoredEncounter.class);
          } catch (IOException ex) {
            throw new IllegalArgumentException(
                file + " line " + lineNo + ": not an encounter: " + ex.getMessage(), ex);
          }
          if (store.encounters().encounter(e.id()).isPresent()) {
            known++;
            continue;
          }
          Set<String> hits = new LinkedHashSet<>();
          for (JsonNode reason :
              Json.MAPPER.readTree(e.payload()).path("decision").path("reasons")) {
            if ("HIT".equals(reason.path("outcome").asText())
                && !reason.path("entryId").asText().isEmpty()) {
              hits.add(reason.path("entryId").asText());
            }
          }
          store.encounters().save(e, new HashSet<>(hits));
          added++;
        }
      }
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "%s: %d encounters imported, %d already known%n",
              file.getFileName(),
              added,
              known);
      return 0;
    }
  }

  static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519")
        .generatePrivate(
            new PKCS8EncodedKeySpec(
                Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip())));
  }

  static PublicKey publicKey(Path file) throws IOException, GeneralSecurityException {
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(
            new X509EncodedKeySpec(
                Base64.getDecoder()
                    .decode(Files.readString(file, StandardCharsets.US_ASCII).strip())));
  }
}
