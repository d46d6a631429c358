package org.redflag.app.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.redflag.app.auth.AccessControl;
import org.redflag.app.auth.Role;
import org.redflag.classifier.Contacts;

/** The analysts' endpoints: the queue of flagged ads, one ad with its explanation, linked ads, triage. */
public final class AnalystApi {
    private static final Set<String> LIST_PARAMS = Set.of("flagged", "platform", "source", "min_risk", "q",
            "contact", "status", "assignee", "include_removed", "offset", "limit", "sort");
    private static final Set<String> EXPORT_PARAMS = Set.of("flagged", "platform", "source", "min_risk", "q",
            "contact", "status", "assignee", "include_removed", "offset", "limit", "sort", "format");
    private static final int MAX_EXPORT = 1000;
    private static final int MAX_LINKED_CONTACTS = 20;
    private static final int MAX_LINKED_ADS = 20;

    private final AdSearch ads;
    private final JsonBodies bodies;
    private final ObjectMapper mapper = ApiJson.newMapper();
    private final TriageUpdates updates;

    public AnalystApi(AdSearch ads, JsonBodies bodies, Clock clock) {
        this.ads = ads;
        this.bodies = bodies;
        this.updates = new TriageUpdates(ads, clock);
    }

    public void addTo(JavalinDefaultRouting routes) {
        routes.get("/api/v1/ads", this::list, Role.ANALYST);
        routes.get("/api/v1/ads/export", this::export, Role.ANALYST);
        routes.get("/api/v1/ads/{id}", this::get, Role.ANALYST);
        routes.get("/api/v1/ads/{id}/linked", this::linked, Role.ANALYST);
        routes.patch("/api/v1/ads/{id}/triage", this::triage, Role.ANALYST);
    }

    private void list(Context ctx) {
        AdPage page = ads.search(filter(QueryParams.of(ctx, LIST_PARAMS)));
        ctx.json(new Pages.Page<>(page.total(), page.ads().stream().map(AdViews::summary).toList()));
    }

    private void export(Context ctx) {
        QueryParams q = QueryParams.of(ctx, EXPORT_PARAMS);
        String format = q.text("format").isEmpty() ? "csv" : q.text("format");
        if (!format.equals("csv") && !format.equals("jsonl")) {
            throw ApiException.invalidParameter("format", format, "csv or jsonl");
        }
        AdFilter filter = filter(q, MAX_EXPORT, MAX_EXPORT);
        List<TrackedAd> found = ads.search(filter).ads();
        ctx.header("Content-Disposition", "attachment; filename=\"redflag-ads." + format + "\"");
        if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8").result(AdExport.csv(found));
        } else {
            ctx.contentType("application/x-ndjson; charset=utf-8").result(AdExport.jsonLines(found, mapper));
        }
    }

    static AdFilter filter(QueryParams q) {
        return filter(q, Pages.DEFAULT_LIMIT, Pages.MAX_LIMIT);
    }

    private static AdFilter filter(QueryParams q, int defaultLimit, int maxLimit) {
        int limit = q.integer("limit", defaultLimit, 1, maxLimit);
        int offset = Pages.checkWindow(q.integer("offset", 0, 0, Pages.MAX_OFFSET), limit);
        return new AdFilter(q.bool("flagged", true), q.text("platform"), q.text("source"),
                q.decimal("min_risk", 0, 0, 1), q.text("q"), q.text("contact"),
                q.setOf("status", TriageStatus.class, TriageStatus::find, TriageStatus.ids()), Set.of(),
                q.text("assignee"), q.bool("include_removed", false), offset, limit,
                q.oneOf("sort", AdSort.RISK, AdSort::find, "risk, newest"));
    }

    private void get(Context ctx) {
        String id = PathIds.id(ctx, "id");
        QueryParams.of(ctx, Set.of());
        ctx.json(AdViews.detail(expectAd(id)));
    }

    private TrackedAd expectAd(String id) {
        return ads.findAd(id).orElseThrow(() -> ApiException.notFound("ad", id));
    }

    private void linked(Context ctx) {
        String id = PathIds.id(ctx, "id");
        QueryParams.of(ctx, Set.of());
        Contacts contacts = expectAd(id).ad().classification().contacts();
        List<AdViews.Link> links = new ArrayList<>();
        Stream.of(kinds("phone", contacts.phones()), kinds("email", contacts.emails()),
                        kinds("messenger", contacts.messengers()))
                .flatMap(List::stream).limit(MAX_LINKED_CONTACTS)
                .forEach(contact -> links.add(link(id, contact)));
        ctx.json(new AdViews.Linked(id, links));
    }

    private record Contact(String kind, String value) {
    }

    private static List<Contact> kinds(String kind, List<String> values) {
        return values.stream().map(v -> new Contact(kind, v)).toList();
    }

    private AdViews.Link link(String id, Contact contact) {
        AdFilter filter = new AdFilter(false, "", "", 0, "", contact.value(), Set.of(), Set.of(), "", true, 0,
                MAX_LINKED_ADS + 1, AdSort.NEWEST);
        List<AdViews.AdSummary> others = ads.search(filter).ads().stream()
                .filter(other -> !other.id().equals(id)).limit(MAX_LINKED_ADS).map(AdViews::summary).toList();
        return new AdViews.Link(contact.value(), contact.kind(), others);
    }

    private void triage(Context ctx) {
        String id = PathIds.id(ctx, "id");
        QueryParams.of(ctx, Set.of());
        TriageRequest request = bodies.read(ctx, TriageRequest.class, TriageRequest.EXAMPLE);
        TrackedAd saved = updates.apply(id, request, AccessControl.caller(ctx));
        ctx.json(AdViews.detail(saved));
    }

    static Map<String, Object> conflictDetails(String id, String yours, String current) {
        return Map.of("ad_id", id, "your_version", yours, "current_version", current);
    }
}
