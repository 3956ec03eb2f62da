package org.crossforce.analytics.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;
import org.crossforce.analytics.CrimeFilter;
import org.crossforce.forces.Forces;

/**
 * The filters every hotspot and statistics request takes, bound from the query string.
 *
 * @param force forces, repeatable; none for every force the caller may see
 * @param type  crime types, repeatable; none for all
 * @param from  the first month, yyyy-MM; by default twelve months up to {@code to}
 * @param to    the last month, yyyy-MM; by default the latest month with crime
 * @param area  a GeoJSON polygon, URL-encoded
 */
record FilterQuery(
        @Parameter(description = "force id, repeatable; none for every force you may see") List<String> force,
        @Parameter(description = "crime type, repeatable; none for all") List<String> type,
        @Parameter(description = "first month, yyyy-MM") String from,
        @Parameter(description = "last month, yyyy-MM") String to,
        @Parameter(description = "a GeoJSON polygon, URL-encoded") String area) {

    CrimeFilter of(Forces forces) {
        return FilterParameters.of(forces, force, type, from, to, area);
    }
}
