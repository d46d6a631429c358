package org.redflag.store.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.redflag.store.CrawlRun;

/** A crawl run as an Elasticsearch document ({@code config/elasticsearch/crawl-runs.json}), and back. */
final class CrawlRunJson {
    private CrawlRunJson() {
    }

    static ObjectNode toJson(CrawlRun run) {
        ObjectNode doc = AdJson.NODES.objectNode();
        doc.put("id", run.id());
        doc.put("source_id", run.sourceId());
        doc.put("trigger", run.trigger());
        doc.put("started", run.started().toString());
        if (run.ended() == null) {
            doc.putNull("ended");
        } else {
            doc.put("ended", run.ended().toString());
        }
        doc.put("status", run.status());
        doc.put("pages_fetched", run.pagesFetched());
        doc.put("ads_new", run.adsNew());
        doc.put("ads_updated", run.adsUpdated());
        doc.put("ads_unchanged", run.adsUnchanged());
        doc.put("ads_removed", run.adsRemoved());
        doc.put("ads_flagged", run.adsFlagged());
        ObjectNode errors = doc.putObject("errors");
        run.errors().forEach(errors::put);
        doc.put("message", run.message());
        return doc;
    }

    static CrawlRun fromJson(JsonNode doc) {
        Map<String, Long> errors = new LinkedHashMap<>();
        doc.path("errors").fields().forEachRemaining(e -> errors.put(e.getKey(), e.getValue().asLong()));
        return new CrawlRun(AdJson.text(doc, "id"), AdJson.text(doc, "source_id"), AdJson.text(doc, "trigger"),
                AdJson.instant(doc, "started"), AdJson.instantOrNull(doc, "ended"), AdJson.text(doc, "status"),
                doc.path("pages_fetched").asLong(), doc.path("ads_new").asLong(), doc.path("ads_updated").asLong(),
                doc.path("ads_unchanged").asLong(), doc.path("ads_removed").asLong(),
                doc.path("ads_flagged").asLong(), errors, AdJson.text(doc, "message"));
    }
}
