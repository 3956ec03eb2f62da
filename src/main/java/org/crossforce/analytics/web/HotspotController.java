package org.crossforce.analytics.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crossforce.analytics.AccuracyTable;
import org.crossforce.analytics.AreaFigures;
import org.crossforce.analytics.CrimePage;
import org.crossforce.analytics.ForceFigures;
import org.crossforce.analytics.GeoJson;
import org.crossforce.analytics.HeadlineFigures;
import org.crossforce.analytics.HotspotMethod;
import org.crossforce.analytics.HotspotService;
import org.crossforce.analytics.TimeSeries;
import org.crossforce.forces.Forces;
import org.crossforce.security.CurrentCaller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hotspot dashboard over REST. Every request takes the same filters: {@code force} and
 * {@code type} (each repeatable), {@code from} and {@code to} ({@code yyyy-MM}; by default the
 * twelve months up to the latest with crime) and {@code area} (a URL-encoded GeoJSON polygon).
 */
@RestController
@Tag(name = "Hotspots", description = "Maps, trends and statistically significant hotspots of crime records")
class HotspotController {

    private static final MediaType GEO_JSON = new MediaType("application", "geo+json");

    private final HotspotService hotspots;
    private final Forces forces;
    private final CurrentCaller caller;

    HotspotController(HotspotService hotspots, Forces forces, CurrentCaller caller) {
        this.hotspots = hotspots;
        this.forces = forces;
        this.caller = caller;
    }

    @GetMapping(path = "/api/hotspots", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "A hotspot layer: a GeoJSON FeatureCollection of National Grid cells",
            description = "Properties: cell, count, score; for gi also z, p and confidence (-99 to 99, negative for "
                    + "coldspots, after the Benjamini-Hochberg false discovery rate); for emerging also category and "
                    + "trend (Mann-Kendall z). At most 5,000 cells, the hottest first; 'truncated' says whether more matched.")
    ResponseEntity<Map<String, Object>> hotspots(
            @Parameter(description = "count, kde, gi or emerging") @RequestParam(defaultValue = "count") String method,
            @Parameter(description = "cell size in metres: 100, 250, 500 or 1000") @RequestParam(defaultValue = "250") int cell,
            @Parameter(description = "kde: the kernel's reach in metres, by default twice the cell") @RequestParam(required = false) Double bandwidth,
            @Parameter(description = "only cells in sight: west,south,east,north in degrees") @RequestParam(required = false) String bbox,
            @RequestParam(defaultValue = "5000") int limit,
            @Parameter(description = "answer as a file to save") @RequestParam(defaultValue = "false") boolean download,
            @ParameterObject FilterQuery filter) {
        HotspotMethod chosen = HotspotMethod.parse(method);
        var layer = hotspots.hotspots(caller.get(), filter.of(forces), chosen, cell, bandwidth,
                FilterParameters.bbox(bbox), limit);
        var response = ResponseEntity.ok().contentType(GEO_JSON);
        if (download) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"hotspots-" + chosen.code() + "-"
                    + cell + "m-" + layer.from() + "-" + layer.to() + ".geojson\"");
        }
        return response.body(GeoJson.of(layer));
    }

    @GetMapping("/api/hotspots/accuracy")
    @Operation(summary = "How well each method's hotspots, learnt from the months before, foretold a month",
            description = "The Prediction Accuracy Index (PAI) and PEI* with 1 % and 5 % of the force's area flagged, "
                    + "for previous-period counts, kernel density and Gi*.")
    AccuracyTable accuracy(@RequestParam String force, @RequestParam(required = false) String type,
            @Parameter(description = "the month foretold, yyyy-MM") @RequestParam String month,
            @Parameter(description = "months before it to learn from") @RequestParam(defaultValue = "3") int train,
            @RequestParam(defaultValue = "250") int cell) {
        YearMonth foretold = FilterParameters.month("month", month);
        if (foretold == null) {
            throw new IllegalArgumentException("'month' is the month foretold, such as 2020-04");
        }
        return hotspots.accuracy(caller.get(), forces.require(force), type, foretold, train, cell);
    }

    @GetMapping("/api/hotspots/crimes")
    @Operation(summary = "The crimes behind a number, newest first: of the selection, a grid cell or an LSOA")
    CrimePage crimes(@Parameter(description = "a cell id such as 250-532250-181250") @RequestParam(required = false) String cell,
            @RequestParam(required = false) String lsoa,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            @ParameterObject FilterQuery filter) {
        return hotspots.crimes(caller.get(), filter.of(forces), cell, lsoa, page, size);
    }

    @GetMapping(path = "/api/hotspots/crimes/export", produces = {"text/csv", "application/geo+json"})
    @Operation(summary = "The crimes of the selection (the first 10,000) as CSV or GeoJSON")
    ResponseEntity<?> export(@Parameter(description = "csv or geojson") @RequestParam(defaultValue = "csv") String format,
            @RequestParam(required = false) String cell, @RequestParam(required = false) String lsoa,
            @ParameterObject FilterQuery filter) {
        if (!format.equals("csv") && !format.equals("geojson")) {
            throw new IllegalArgumentException("An export is csv or geojson, not '" + format + "'");
        }
        CrimePage crimes = hotspots.export(caller.get(), filter.of(forces), cell, lsoa);
        var response = ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"crimes." + format + "\"")
                .header("X-Total-Count", Long.toString(crimes.total()));
        if (format.equals("csv")) {
            return response.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .body(CrimeCsv.of(crimes.crimes()).getBytes(StandardCharsets.UTF_8));
        }
        return response.contentType(GEO_JSON).body(GeoJson.of(crimes.crimes()));
    }

    @GetMapping("/api/stats/summary")
    @Operation(summary = "Headline figures: the period's count against the period before and a year earlier",
            description = "A change is 'significant' by the Poisson test 2(√a − √b) at 95 %, never by its percentage alone.")
    HeadlineFigures summary(@ParameterObject FilterQuery filter) {
        return hotspots.headline(caller.get(), filter.of(forces));
    }

    @GetMapping("/api/stats/timeseries")
    @Operation(summary = "Monthly counts by crime type; a month without data is null, not 0")
    TimeSeries timeSeries(@ParameterObject FilterQuery filter) {
        return hotspots.timeSeries(caller.get(), filter.of(forces));
    }

    @GetMapping("/api/stats/forces")
    @Operation(summary = "Each force's count, its change, and its count per km² of force area")
    List<ForceFigures> forceComparison(@ParameterObject FilterQuery filter) {
        return hotspots.forces(caller.get(), filter.of(forces));
    }

    @GetMapping("/api/stats/areas")
    @Operation(summary = "The busiest LSOAs or grid cells with their change against the period before")
    List<AreaFigures> areas(@Parameter(description = "lsoa or cell") @RequestParam(defaultValue = "lsoa") String by,
            @RequestParam(defaultValue = "250") int cell, @RequestParam(defaultValue = "10") int size,
            @ParameterObject FilterQuery filter) {
        if (!by.equals("lsoa") && !by.equals("cell")) {
            throw new IllegalArgumentException("Areas are by lsoa or by cell, not '" + by + "'");
        }
        return hotspots.areas(caller.get(), filter.of(forces), by.equals("cell"), cell, size);
    }

    @GetMapping("/api/stats/types")
    @Operation(summary = "The crime types of the forces and period, most common first")
    List<String> types(@RequestParam(name = "force", required = false) List<String> force,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return hotspots.types(caller.get(), FilterParameters.of(forces, force, List.of(), from, to, null));
    }
}
