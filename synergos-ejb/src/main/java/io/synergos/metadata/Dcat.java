package io.synergos.metadata;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * The catalog as W3C DCAT 3 (Data Catalog Vocabulary) in JSON-LD: a {@code dcat:Catalog} of {@code dcat:Dataset}s
 * with Dublin Core terms. Columns are given as a {@code csvw:tableSchema} (W3C CSV on the Web), which is how a
 * schema is described in DCAT; there is no distribution URL, since the rows never leave their Worker.
 */
public final class Dcat {

    private Dcat() {
    }

    /** @param apiBase the REST API's base URI, e.g. {@code http://ttp:8080/synergos/api/} */
    public static JsonObject catalog(List<CatalogEntryView> entries, String apiBase) {
        String base = apiBase.endsWith("/") ? apiBase : apiBase + "/";
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (CatalogEntryView e : entries) {
            datasets.add(dataset(e, base));
        }
        return Json.createObjectBuilder()
                .add("@context", Json.createObjectBuilder()
                        .add("dcat", "http://www.w3.org/ns/dcat#")
                        .add("dct", "http://purl.org/dc/terms/")
                        .add("foaf", "http://xmlns.com/foaf/0.1/")
                        .add("vcard", "http://www.w3.org/2006/vcard/ns#")
                        .add("csvw", "http://www.w3.org/ns/csvw#")
                        .add("xsd", "http://www.w3.org/2001/XMLSchema#"))
                .add("@id", base + "catalog/dcat")
                .add("@type", "dcat:Catalog")
                .add("dct:title", "Synergos data catalog")
                .add("dct:description", "Datasets the parties of this federation chose to make public. Rows never "
                        + "leave their owners' Workers; only this metadata is published.")
                .add("dcat:dataset", datasets)
                .build();
    }

    private static JsonObject dataset(CatalogEntryView e, String base) {
        JsonObjectBuilder d = Json.createObjectBuilder()
                .add("@id", base + "catalog/datasets/" + e.id())
                .add("@type", "dcat:Dataset")
                .add("dct:identifier", e.owner() + "/" + e.name())
                .add("dct:title", e.title())
                .add("dcat:version", e.version())
                .add("dct:issued", typed(e.createdAt().toString()))
                .add("dct:modified", typed(e.modifiedAt().toString()))
                .add("dct:publisher", Json.createObjectBuilder().add("@type", "foaf:Agent")
                        .add("foaf:name", e.organisation() != null ? e.organisation() : e.owner()));
        if (e.description() != null) {
            d.add("dct:description", e.description());
        }
        if (!e.keywords().isEmpty()) {
            d.add("dcat:keyword", Json.createArrayBuilder(e.keywords()));
        }
        if (e.domain() != null) {
            d.add("dcat:theme", e.domain());
        }
        if (e.licence() != null) {
            d.add("dct:license", e.licence());
        }
        if (e.contact() != null) {
            d.add("dcat:contactPoint", Json.createObjectBuilder().add("@type", "vcard:Kind")
                    .add("vcard:hasEmail", e.contact()));
        }
        JsonArrayBuilder columns = Json.createArrayBuilder();
        for (DatasetProfile.Column c : e.columns()) {
            columns.add(Json.createObjectBuilder().add("csvw:name", c.name())
                    .add("csvw:datatype", c.type().equals("numeric") ? "number" : "string"));
        }
        d.add("csvw:tableSchema", Json.createObjectBuilder().add("csvw:column", columns));
        return d.build();
    }

    private static JsonObject typed(String dateTime) {
        return Json.createObjectBuilder().add("@value", dateTime).add("@type", "xsd:dateTime").build();
    }
}
