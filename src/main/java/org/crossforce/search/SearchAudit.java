package org.crossforce.search;

import java.util.LinkedHashMap;
import java.util.Map;

import org.crossforce.shared.ForceCode;

/** What the audit trail keeps of a search: the query as typed, every filter, and the total found. */
final class SearchAudit {

    private SearchAudit() {
    }

    static Map<String, Object> details(SearchQuery query, Long total) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("query", query.text());
        details.put("forces", query.forces().stream().map(ForceCode::value).sorted().toList());
        details.put("from", query.from() == null ? "" : query.from().toString());
        details.put("to", query.to() == null ? "" : query.to().toString());
        details.put("page", query.page());
        details.put("size", query.size());
        details.put("sort", query.sort().name());
        if (total != null) {
            details.put("total", total);
        }
        return details;
    }
}
