package io.synergos.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./synergos}: node start|stop|status|secret, user add, certs ca|node|show, catalog
 * publish|change|withdraw|search, demo, bench rounds|serving|contribution|catalog|soak|tabular|scale|data.
 */
public final class Launcher {

    private static final String USAGE = """
            usage:
              ./synergos node start --role ttp|worker --name NAME [--data DIR] [--port-offset N]
                                    [--db h2|postgresql] [--db-url JDBC_URL] [--db-user U] [--db-password P]
                                    [--parallel-runs N] [--broker HOST:PORT --broker-user U --broker-password P]
                                    [--openlineage-url URL [--openlineage-api-key KEY]]
                                    [--jwt-public-key PEM_FILE --jwt-issuer ISS [--jwt-audience AUD]]
                                    [--tls-kit KIT_DIR | --tls off] [--log-format text|json]
                                    [--virtual N]   (a Worker hosting N virtual Workers, for load tests)
              ./synergos node secret NAME admin-password|control-key [--virtual vK]
              ./synergos certs ca --dir CA_DIR [--name NAME] [--days N]
              ./synergos certs node --ca CA_DIR --name NAME --role ttp|worker|operator [--dns H1,H2] [--ip A1,A2]
                                    [--days N] --out KIT_DIR
              ./synergos certs show KIT_DIR|PEM_FILE|NODE
              ./synergos user add --node NAME --user USER --password PASSWORD --roles admin|viewer|predictor|participant[,...]
              ./synergos node stop NAME
              ./synergos node status
              ./synergos catalog publish|change --node WORKER --participant NAME --ttp TTP_URL --dataset D --title T
                                    [--visibility private|projects|public] [--description D] [--domain D]
                                    [--keywords A,B] [--licence L] [--contact C] [--label COLUMN] [--row-granularity N]
              ./synergos catalog withdraw --node WORKER --participant NAME --ttp TTP_URL --dataset D [--force true]
              ./synergos catalog search --node TTP [--q QUERY]
              ./synergos demo [--out FILE]
              ./synergos bench rounds [--out FILE] [--rounds N]
              ./synergos bench serving [--out FILE] [--warmup N] [--url BASE_URL --project ID --user U --password P]
              ./synergos bench contribution [--out FILE] [--repeats N]
              ./synergos bench catalog [--out FILE] [--datasets N]
              ./synergos bench soak [--out FILE] [--jobs N] [--seed S]
              ./synergos bench tabular [--out FILE] [--runs N] [--warmup N] [--tls off]
              ./synergos bench scale [--out FILE] [--workers 10,25,50,100] [--rounds N]
              ./synergos bench data [--out FILE] [--rows 1000000] [--columns 50] [--rounds N]
            """;

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println("synergos: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("synergos: FAILED: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.exit(1);
        }
    }

    public static int run(String[] args) throws Exception {
        Nodes nodes = Nodes.fromSystemProperty();
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            } else {
                words.add(args[i]);
            }
        }
        String command = String.join(" ", words.subList(0, Math.min(2, words.size())));
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no command");
        }
        switch (words.get(0)) {
            case "demo" -> {
                return Demo.run(nodes, Path.of(options.getOrDefault("out", "target/synergos-demo.json")));
            }
            case "bench" -> {
                if (words.size() >= 2 && words.get(1).equals("serving")) {
                    return ServingBenchmark.run(nodes, Path.of(options.getOrDefault("out",
                            "target/synergos-bench-serving.json")), options);
                }
                if (words.size() >= 2 && words.get(1).equals("contribution")) {
                    return ContributionBenchmark.run(nodes, Path.of(options.getOrDefault("out",
                            "target/synergos-bench-contribution.json")), Integer.parseInt(options.getOrDefault("repeats",
                            "5")));
                }
                if (words.size() >= 2 && words.get(1).equals("catalog")) {
                    return CatalogBenchmark.run(nodes, Path.of(options.getOrDefault("out",
                            "target/synergos-bench-catalog.json")), Integer.parseInt(options.getOrDefault("datasets",
                            "10000")), 50);
                }
                if (words.size() >= 2 && words.get(1).equals("tabular")) {
                    return TabularBenchmark.run(nodes, Path.of(options.getOrDefault("out",
                            "target/synergos-bench-tabular.json")), Integer.parseInt(options.getOrDefault("runs", "5")),
                            Integer.parseInt(options.getOrDefault("warmup", String.valueOf(TabularBenchmark.WARMUP_RUNS))),
                            "off".equals(options.get("tls")) ? Nodes.Tls.OFF : Nodes.Tls.LOCAL);
                }
                if (words.size() >= 2 && words.get(1).equals("scale")) {
                    return ScaleBenchmark.run(nodes, Path.of(options.getOrDefault("out",
                            "target/synergos-bench-scale.json")), java.util.Arrays.stream(options.getOrDefault("workers",
                            "10,25,50,100").split(",")).map(String::trim).map(Integer::parseInt).toList(),
                            Integer.parseInt(options.getOrDefault("rounds", "200")));
                }
                if (words.size() >= 2 && words.get(1).equals("data")) {
                    return DataBenchmark.run(nodes, Path.of(options.getOrDefault("out",
                            "target/synergos-bench-data.json")), Integer.parseInt(options.getOrDefault("rows", "1000000")),
                            Integer.parseInt(options.getOrDefault("columns", "50")),
                            Integer.parseInt(options.getOrDefault("rounds", "3")));
                }
                if (words.size() >= 2 && words.get(1).equals("soak")) {
                    return SoakBenchmark.run(nodes, Path.of(options.getOrDefault("out",
                            "target/synergos-bench-soak.json")), Integer.parseInt(options.getOrDefault("jobs", "200")),
                            Long.parseLong(options.getOrDefault("seed", "7")));
                }
                if (words.size() < 2 || !words.get(1).equals("rounds")) {
                    throw new IllegalArgumentException("unknown benchmark; there are: bench rounds, bench serving, "
                            + "bench contribution, bench catalog, bench soak, bench tabular, bench scale, bench data");
                }
                return RoundBenchmark.run(nodes, Path.of(options.getOrDefault("out", "target/synergos-bench-rounds.json")),
                        Integer.parseInt(options.getOrDefault("rounds", "200")));
            }
            case "catalog" -> {
                return CatalogCommands.run(nodes, words.size() > 1 ? words.get(1) : "", options);
            }
            case "certs" -> {
                return CertsCommands.run(nodes, words.size() > 1 ? words.get(1) : "", words, options);
            }
            case "node" -> {
                return node(nodes, words, options, command);
            }
            case "user" -> {
                if (words.size() < 2 || !words.get(1).equals("add")) {
                    throw new IllegalArgumentException("unknown command '" + command + "'; did you mean: user add");
                }
                String name = required(options, "node");
                Node node = nodes.find(name).orElseThrow(() -> new IllegalArgumentException("no node named " + name));
                List<String> roles = List.of(required(options, "roles").split(","));
                for (String role : roles) {
                    if (!List.of("admin", "viewer", "predictor", "participant").contains(role)) {
                        throw new IllegalArgumentException("role must be admin, viewer, predictor or participant, not '"
                                + role + "'");
                    }
                }
                Nodes.addUser(node, required(options, "user"), required(options, "password"), roles);
                System.out.printf("user %s (%s) added to %s; the realm re-reads its files, so it works at once%n",
                        options.get("user"), String.join(",", roles), name);
                return 0;
            }
            default -> throw new IllegalArgumentException("unknown command '" + words.get(0) + "'");
        }
    }

    /**
     * The identity provider whose bearer tokens the node's REST API accepts: its public key (a PEM file), the issuer
     * and the audience (default {@code synergos}). Without them the node accepts no token, only HTTP Basic.
     */
    static Map<String, String> jwt(Map<String, String> options) {
        if (!options.containsKey("jwt-public-key")) {
            if (options.containsKey("jwt-issuer") || options.containsKey("jwt-audience")) {
                throw new IllegalArgumentException("--jwt-issuer and --jwt-audience need --jwt-public-key PEM_FILE, "
                        + "the identity provider's public key");
            }
            return Map.of();
        }
        Path pem = Path.of(options.get("jwt-public-key"));
        String key;
        try {
            key = Files.readString(pem).strip();
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--jwt-public-key: cannot read " + pem + ": " + e.getMessage());
        }
        if (!key.startsWith("-----BEGIN PUBLIC KEY-----")) {
            throw new IllegalArgumentException("--jwt-public-key: " + pem + " is not a PEM public key (it must start "
                    + "with -----BEGIN PUBLIC KEY-----)");
        }
        return Map.of("synergos.jwt.public-key", oneLinePem(key),
                "synergos.jwt.issuer", required(options, "jwt-issuer"),
                "synergos.jwt.audience", options.getOrDefault("jwt-audience", "synergos"));
    }

    /** A PEM public key on one line (header, base64 body without line breaks, footer), as a system property holds it. */
    public static String oneLinePem(String pem) {
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s+", "");
        return "-----BEGIN PUBLIC KEY-----" + body + "-----END PUBLIC KEY-----";
    }

    private static int node(Nodes nodes, List<String> words, Map<String, String> options, String command) {
        String action = words.size() > 1 ? words.get(1) : "";
        switch (action) {
            case "start" -> {
                String role = required(options, "role");
                String name = required(options, "name");
                int offset = Integer.parseInt(options.getOrDefault("port-offset", "0"));
                Path data = options.containsKey("data") ? Path.of(options.get("data")) : null;
                if (role.equals("worker") && data == null) {
                    throw new IllegalArgumentException("a worker needs --data DIR, the directory of its datasets");
                }
                Nodes.Database db = database(options);
                Map<String, String> properties = new HashMap<>();
                if (options.containsKey("openlineage-url")) {
                    properties.put("synergos.openlineage.url", options.get("openlineage-url"));
                }
                if (options.containsKey("openlineage-api-key")) {
                    properties.put("synergos.openlineage.api-key", options.get("openlineage-api-key"));
                }
                properties.putAll(jwt(options));
                String logFormat = options.getOrDefault("log-format", "text");
                if (!logFormat.equals("text") && !logFormat.equals("json")) {
                    throw new IllegalArgumentException("--log-format must be text or json, not '" + logFormat + "'");
                }
                if (logFormat.equals("json")) {
                    properties.put("synergos.log.json.level", "ALL");
                }
                if (options.containsKey("virtual")) {
                    if (!role.equals("worker")) {
                        throw new IllegalArgumentException("--virtual is for a worker: a TTP hosts no virtual Workers");
                    }
                    int count = Integer.parseInt(options.get("virtual"));
                    if (count < 0 || count > io.synergos.worker.VirtualWorkers.MAX) {
                        throw new IllegalArgumentException("--virtual must be from 0 to "
                                + io.synergos.worker.VirtualWorkers.MAX + ", not " + count);
                    }
                    properties.put(io.synergos.worker.VirtualWorkers.PROPERTY, Integer.toString(count));
                }
                if (options.containsKey("parallel-runs")) {
                    properties.put("synergos.ttp.parallel-runs", options.get("parallel-runs"));
                }
                if (options.containsKey("broker")) {
                    String[] hostPort = options.get("broker").split(":");
                    if (hostPort.length != 2) {
                        throw new IllegalArgumentException("--broker must be HOST:PORT, not '" + options.get("broker") + "'");
                    }
                    properties.put("synergos.broker.host", hostPort[0]);
                    properties.put("synergos.broker.port", hostPort[1]);
                    properties.put("synergos.broker.user", required(options, "broker-user"));
                    properties.put("synergos.broker.password", required(options, "broker-password"));
                }
                Nodes.Tls tls = tls(options);
                if (!tls.on()) {
                    System.out.println("WARNING: TLS is off (--tls off): the node serves plain HTTP, so passwords, keys "
                            + "and model parameters cross the network in clear. Use it only on a network that only "
                            + "operators reach.");
                }
                System.out.printf("Starting %s %s on port %d...%n", role, name, (tls.on() ? 8443 : 8080) + offset);
                Node node = nodes.start(name, role, data, offset, db, false, properties, tls);
                System.out.printf("%s is up: %s/api (log %s)%n", name, node.baseUrl(), node.log());
                System.out.printf("Its REST admin user: admin; its password: ./synergos node secret %s admin-password%n",
                        name);
                if (role.equals("worker")) {
                    System.out.printf("Its control key, which the TTP's operator registers the participant with: "
                            + "./synergos node secret %s control-key%n", name);
                    if (options.containsKey("virtual")) {
                        System.out.printf("Its virtual Workers v1 to v%s: base URL %s, control key ./synergos node "
                                + "secret %s control-key --virtual vK%n", options.get("virtual"),
                                io.synergos.worker.VirtualWorkers.baseUrl(node.baseUrl(), "vK"), name);
                    }
                }
                node.certificate().ifPresent(certificate -> {
                    System.out.println("Its certificate:");
                    CertsCommands.describe(certificate);
                });
                return 0;
            }
            case "stop" -> {
                String name = words.size() > 2 ? words.get(2) : required(options, "name");
                System.out.println(nodes.stop(name) ? "stopped " + name : name + " was not running");
                return 0;
            }
            case "status" -> {
                List<Node> all = nodes.list();
                if (all.isEmpty()) {
                    System.out.println("no nodes; start one with ./synergos node start or ./synergos demo");
                }
                for (Node node : all) {
                    String tls = node.tls() ? node.certificate().map(c -> {
                        String warning = CertsCommands.expiry(c, java.time.Instant.now());
                        return warning.isEmpty() ? "TLS, certificate valid until " + c.getNotAfter().toInstant()
                                : "TLS, " + warning;
                    }).orElse("TLS, no certificate yet") : "TLS OFF: plain HTTP";
                    boolean alive = nodes.alive(node);
                    System.out.printf("%-16s %-6s %-8s %s  %s%n", node.name(), node.role(),
                            alive ? "running" : "stopped", node.baseUrl(), tls);
                    if (alive) {
                        System.out.printf("%-16s %s%n", "", Health.describe(node));
                    }
                }
                return 0;
            }
            case "secret" -> {
                if (words.size() < 4) {
                    throw new IllegalArgumentException("usage: ./synergos node secret NAME admin-password|control-key");
                }
                Node node = nodes.find(words.get(2)).orElseThrow(() -> new IllegalArgumentException(
                        "no node named " + words.get(2)));
                String secret = switch (words.get(3)) {
                    case "admin-password" -> node.adminPassword();
                    case "control-key" -> {
                        if (!node.role().equals("worker")) {
                            throw new IllegalArgumentException(node.name() + " is a TTP; only Workers have a control key");
                        }
                        String virtual = options.get("virtual");
                        if (virtual != null && io.synergos.worker.VirtualWorkers.index(virtual,
                                io.synergos.worker.VirtualWorkers.MAX).isEmpty()) {
                            throw new IllegalArgumentException("--virtual names a virtual Worker, v1 to v"
                                    + io.synergos.worker.VirtualWorkers.MAX + ", not '" + virtual + "'");
                        }
                        yield virtual == null ? node.accessKey()
                                : io.synergos.worker.VirtualWorkers.key(node.accessKey(), virtual);
                    }
                    default -> throw new IllegalArgumentException("a node's secrets are admin-password and control-key, "
                            + "not '" + words.get(3) + "'");
                };
                System.out.println(secret);
                return 0;
            }
            default -> throw new IllegalArgumentException("unknown command '" + command + "'");
        }
    }

    /** {@code --tls-kit DIR} installs that kit, {@code --tls off} switches TLS off; otherwise a kit of this machine's CA. */
    static Nodes.Tls tls(Map<String, String> options) {
        String mode = options.getOrDefault("tls", "on");
        if (!mode.equals("on") && !mode.equals("off")) {
            throw new IllegalArgumentException("--tls must be on or off, not '" + mode + "'");
        }
        if (mode.equals("off")) {
            if (options.containsKey("tls-kit")) {
                throw new IllegalArgumentException("--tls-kit and --tls off contradict each other");
            }
            return Nodes.Tls.OFF;
        }
        return options.containsKey("tls-kit") ? Nodes.Tls.kit(Path.of(options.get("tls-kit"))) : Nodes.Tls.LOCAL;
    }

    private static Nodes.Database database(Map<String, String> options) {
        String db = options.getOrDefault("db", "h2");
        return switch (db) {
            case "h2" -> Nodes.Database.H2;
            case "postgresql" -> new Nodes.Database("postgresql", required(options, "db-url"),
                    options.getOrDefault("db-user", "postgres"), options.getOrDefault("db-password", ""));
            default -> throw new IllegalArgumentException("--db must be h2 or postgresql, not '" + db + "'");
        };
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
