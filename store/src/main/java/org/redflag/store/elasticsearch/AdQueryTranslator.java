package org.redflag.store.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import java.util.List;
import java.util.Set;
import org.redflag.store.AdQuery;
import org.redflag.store.AdTriage;
import org.redflag.store.PlatformReply;

/** An {@link AdQuery} as an Elasticsearch query and sort. */
final class AdQueryTranslator {
    /** Fields of the full-text search, with boosts. */
    static final List<String> TEXT_FIELDS = List.of("title^3", "company^2", "text", "location", "salary", "contact");

    private AdQueryTranslator() {
    }

    static Query query(AdQuery q) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (q.flaggedOnly()) {
            bool.filter(term("classification.flagged", FieldValue.of(true)));
        }
        keyword(bool, "platform", q.platform());
        keyword(bool, "source_id", q.sourceId());
        keyword(bool, "contact_values", q.contact());
        keyword(bool, "triage.assignee", q.assignee());
        if (q.minRisk() > 0) {
            bool.filter(f -> f.range(r -> r.number(n -> n.field("classification.risk").gte(q.minRisk()))));
        }
        if (!q.triageStatuses().isEmpty()) {
            bool.filter(oneOf("triage.status", q.triageStatuses(), AdTriage.NEW));
        }
        if (!q.replyStates().isEmpty()) {
            bool.filter(oneOf("platform_reply.state", q.replyStates(), PlatformReply.OPEN));
        }
        if (!q.includeRemoved()) {
            bool.mustNot(m -> m.exists(e -> e.field("removed_at")));
        }
        if (!q.text().isEmpty()) {
            bool.must(m -> m.multiMatch(mm -> mm.query(q.text()).fields(TEXT_FIELDS)
                    .type(TextQueryType.BestFields).operator(Operator.And)));
            bool.should(s -> s.multiMatch(mm -> mm.query(q.text()).fields(TEXT_FIELDS).type(TextQueryType.Phrase)));
        }
        return Query.of(b -> b.bool(bool.build()));
    }

    static List<SortOptions> sort(AdQuery.Sort sort) {
        return switch (sort) {
            case RISK -> List.of(desc("classification.risk"), desc("last_seen"), asc("id"));
            case NEWEST -> List.of(desc("first_seen"), asc("id"));
            case LAST_SEEN -> List.of(desc("last_seen"), asc("id"));
        };
    }

    /** Documents whose field is one of the values; documents without the field count as {@code missingMeans}. */
    private static Query oneOf(String field, Set<String> values, String missingMeans) {
        List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
        BoolQuery.Builder any = new BoolQuery.Builder().minimumShouldMatch("1");
        any.should(s -> s.terms(t -> t.field(field).terms(v -> v.value(terms))));
        if (values.contains(missingMeans)) {
            any.should(s -> s.bool(b -> b.mustNot(m -> m.exists(e -> e.field(field)))));
        }
        return Query.of(b -> b.bool(any.build()));
    }

    private static void keyword(BoolQuery.Builder bool, String field, String value) {
        if (!value.isEmpty()) {
            bool.filter(term(field, FieldValue.of(value)));
        }
    }

    static Query term(String field, FieldValue value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }

    static SortOptions desc(String field) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Desc)));
    }

    static SortOptions asc(String field) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Asc)));
    }
}
