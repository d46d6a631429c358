package org.redflag.store.elasticsearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.redflag.store.AdNote;
import org.redflag.store.AdTriage;
import org.redflag.store.PlatformReply;

/** The review sections of an ad document, {@code triage} and {@code platform_reply}, and back. */
final class ReviewJson {
    private ReviewJson() {
    }

    static ObjectNode triage(AdTriage triage, long revision) {
        ObjectNode node = AdJson.NODES.objectNode();
        node.put("status", triage.status());
        node.put("assignee", triage.assignee());
        ArrayNode notes = node.putArray("notes");
        for (AdNote note : triage.notes()) {
            notes.addObject().put("at", note.at().toString()).put("author", note.author()).put("text", note.text());
        }
        node.put("updated_at", triage.updatedAt().toString());
        node.put("revision", revision);
        return node;
    }

    static AdTriage triage(JsonNode doc, Instant firstSeen) {
        JsonNode node = doc.path("triage");
        if (!node.isObject()) {
            return AdTriage.untouched(firstSeen);
        }
        return new AdTriage(AdJson.text(node, "status"), AdJson.text(node, "assignee"),
                AdJson.list(node.path("notes"), n -> new AdNote(AdJson.instant(n, "at"), AdJson.text(n, "author"),
                        AdJson.text(n, "text"))),
                AdJson.instant(node, "updated_at"));
    }

    /** The review revision: 0 until the first triage write. */
    static long revision(JsonNode doc) {
        return doc.path("triage").path("revision").asLong(0);
    }

    static String version(long revision) {
        return "r" + revision;
    }

    static ObjectNode reply(PlatformReply reply) {
        ObjectNode node = AdJson.NODES.objectNode();
        node.put("state", reply.state());
        node.put("action", reply.action());
        node.put("note", reply.note());
        node.put("respondent", reply.respondent());
        node.put("updated_at", reply.updatedAt().toString());
        return node;
    }

    static PlatformReply reply(JsonNode doc, Instant firstSeen) {
        JsonNode node = doc.path("platform_reply");
        if (!node.isObject()) {
            return PlatformReply.open(firstSeen);
        }
        return new PlatformReply(AdJson.text(node, "state"), AdJson.text(node, "action"), AdJson.text(node, "note"),
                AdJson.text(node, "respondent"), AdJson.instant(node, "updated_at"));
    }
}
