package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./synergos catalog publish|change|withdraw|search}: a Worker's operator publishes, changes and withdraws
 * its datasets in the TTP's data catalog from the Worker's own node (which profiles the file and signs in with its
 * control key, as {@code POST /api/worker/catalog/{dataset}} does); anyone with a TTP's admin password searches it.
 */
final class CatalogCommands {

    private CatalogCommands() {
    }

    static int run(Nodes nodes, String action, Map<String, String> options) {
        return switch (action) {
            case "publish" -> publish(nodes, options, "POST");
            case "change" -> publish(nodes, options, "PUT");
            case "withdraw" -> withdraw(nodes, options);
            case "search" -> search(nodes, options);
            default -> throw new IllegalArgumentException("unknown command 'catalog " + action
                    + "'; there are: catalog publish, catalog change, catalog withdraw, catalog search");
        };
    }

    private static int publish(Nodes nodes, Map<String, String> options, String method) {
        Node worker = node(nodes, options);
        String dataset = Launcher.required(options, "dataset");
        JsonObjectBuilder entry = Json.createObjectBuilder()
                .add("participant", Launcher.required(options, "participant"))
                .add("catalog", Launcher.required(options, "ttp"))
                .add("title", Launcher.required(options, "title"))
                .add("visibility", options.getOrDefault("visibility", "private"));
        for (String field : new String[] {"description", "domain", "organisation", "licence", "contact", "label"}) {
            if (options.containsKey(field)) {
                entry.add(field, options.get(field));
            }
        }
        if (options.containsKey("keywords")) {
            JsonArrayBuilder keywords = Json.createArrayBuilder();
            for (String k : options.get("keywords").split(",")) {
                if (!k.isBlank()) {
                    keywords.add(k.trim());
                }
            }
            entry.add("keywords", keywords);
        }
        if (options.containsKey("row-granularity")) {
            entry.add("rowGranularity", Integer.parseInt(options.get("row-granularity")));
        }
        HttpResponse<String> r = SynergosClient.withControlKey(worker).raw(method,
                "worker/catalog/" + dataset, "application/json", entry.build().toString());
        if (r.statusCode() >= 300) {
            return refused(r);
        }
        JsonObject e = Json.createReader(new StringReader(r.body())).readObject();
        System.out.printf(Locale.ROOT, "%s catalog:%d %s/%s (%s): about %d rows, %d columns, version %s%n",
                method.equals("POST") ? "published" : "changed", e.getJsonNumber("id").longValue(), e.getString("owner"),
                e.getString("name"), e.getString("visibility"), e.getJsonNumber("rowCount").longValue(),
                e.getJsonArray("columns").size(), e.getString("version"));
        System.out.printf("a data tag names it as catalog:%d%n", e.getJsonNumber("id").longValue());
        return 0;
    }

    private static int withdraw(Nodes nodes, Map<String, String> options) {
        Node worker = node(nodes, options);
        String dataset = Launcher.required(options, "dataset");
        String path = "worker/catalog/" + dataset + "?participant=" + enc(Launcher.required(options, "participant"))
                + "&catalog=" + enc(Launcher.required(options, "ttp")) + "&force="
                + Boolean.parseBoolean(options.getOrDefault("force", "false"));
        HttpResponse<String> r = SynergosClient.withControlKey(worker).raw("DELETE", path, null, null);
        if (r.statusCode() >= 300) {
            return refused(r);
        }
        System.out.println("withdrew " + dataset + " from the catalog");
        return 0;
    }

    private static int search(Nodes nodes, Map<String, String> options) {
        Node ttp = node(nodes, options);
        String q = options.getOrDefault("q", "");
        HttpResponse<String> r = SynergosClient.asAdmin(ttp).raw("GET", "catalog/datasets?q=" + enc(q), null, null);
        if (r.statusCode() >= 300) {
            return refused(r);
        }
        JsonObject found = Json.createReader(new StringReader(r.body())).readObject();
        System.out.printf("%d found for '%s'%n", found.getInt("total"), q);
        for (JsonObject hit : found.getJsonArray("hits").getValuesAs(JsonObject.class)) {
            System.out.printf(Locale.ROOT, "  catalog:%-5d %5.2f  %s/%s  %s (%s, %s)%n", hit.getJsonNumber("id").longValue(),
                    hit.getJsonNumber("score").doubleValue(), hit.getString("owner"), hit.getString("name"),
                    hit.getString("title"), hit.getString("task"), hit.getString("visibility"));
        }
        return 0;
    }

    private static Node node(Nodes nodes, Map<String, String> options) {
        String name = Launcher.required(options, "node");
        return nodes.find(name).orElseThrow(() -> new IllegalArgumentException("no node named " + name
                + " on this machine (./synergos node status lists them)"));
    }

    private static int refused(HttpResponse<String> r) {
        String detail = r.body();
        try {
            detail = Json.createReader(new StringReader(r.body())).readObject().getString("detail", r.body());
        } catch (RuntimeException e) {
            // not problem+json: show the body as it is
        }
        System.err.println("synergos: refused (HTTP " + r.statusCode() + "): " + detail);
        return 1;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
