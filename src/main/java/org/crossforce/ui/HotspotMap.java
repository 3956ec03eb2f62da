package org.crossforce.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * The hotspot map, drawn by Leaflet in the browser ({@code hotspot-map.ts}): force areas, a layer
 * of grid cells with its legend, crime points at close zoom and a drawn area. Everything it shows
 * arrives as GeoJSON text from the view.
 */
@Tag("cf-hotspot-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.22", dev = true)
@NpmPackage(value = "@types/geojson", version = "7946.0.16", dev = true)
@CssImport("leaflet/dist/leaflet.css")
@JsModule("./hotspot-map.ts")
public class HotspotMap extends Component implements HasSize {

    public void showForces(String geoJson) {
        getElement().callJsFunction("mapForces", geoJson);
    }

    /** @param codesJson a JSON array of the chosen forces' codes, marked on the areas already shown */
    public void chooseForces(String codesJson) {
        getElement().callJsFunction("mapChosen", codesJson);
    }

    /** @param method count, kde, gi or emerging: how the cells are coloured and the legend reads */
    public void showCells(String geoJson, String method) {
        getElement().callJsFunction("mapCells", geoJson, method);
    }

    public void showPoints(String geoJson) {
        getElement().callJsFunction("mapPoints", geoJson);
    }

    /** @param geoJson a polygon, or an empty string for none */
    public void showArea(String geoJson) {
        getElement().callJsFunction("mapArea", geoJson == null ? "" : geoJson);
    }

    public void setView(double latitude, double longitude, int zoom) {
        getElement().callJsFunction("mapView", latitude, longitude, zoom);
    }

    /** @param bbox west,south,east,north in degrees */
    public void fit(String bbox) {
        getElement().callJsFunction("mapFit", bbox);
    }

    public void select(String cellId) {
        getElement().callJsFunction("mapSelect", cellId);
    }

    /** @param url a tile URL template such as {@code https://tile.example/{z}/{x}/{y}.png}, or blank for none */
    public void setTiles(String url, String attribution) {
        getElement().callJsFunction("mapTiles", url == null ? "" : url, attribution == null ? "" : attribution);
    }

    public void startDrawing() {
        getElement().callJsFunction("mapDraw");
    }

    public void downloadPng(String fileName) {
        getElement().callJsFunction("mapDownloadPng", fileName);
    }

    public Registration addCellClickListener(ComponentEventListener<CellClickEvent> listener) {
        return addListener(CellClickEvent.class, listener);
    }

    public Registration addForceClickListener(ComponentEventListener<ForceClickEvent> listener) {
        return addListener(ForceClickEvent.class, listener);
    }

    public Registration addViewChangeListener(ComponentEventListener<ViewChangeEvent> listener) {
        return addListener(ViewChangeEvent.class, listener);
    }

    public Registration addAreaDrawnListener(ComponentEventListener<AreaDrawnEvent> listener) {
        return addListener(AreaDrawnEvent.class, listener);
    }

    @DomEvent("cell-click")
    public static class CellClickEvent extends ComponentEvent<HotspotMap> {
        private final String cellId;

        public CellClickEvent(HotspotMap source, boolean fromClient, @EventData("event.detail.id") String cellId) {
            super(source, fromClient);
            this.cellId = cellId;
        }

        public String cellId() {
            return cellId;
        }
    }

    @DomEvent("force-click")
    public static class ForceClickEvent extends ComponentEvent<HotspotMap> {
        private final String force;

        public ForceClickEvent(HotspotMap source, boolean fromClient, @EventData("event.detail.code") String force) {
            super(source, fromClient);
            this.force = force;
        }

        public String force() {
            return force;
        }
    }

    @DomEvent(value = "view-change", debounce = @com.vaadin.flow.component.DebounceSettings(timeout = 300,
            phases = com.vaadin.flow.dom.DebouncePhase.TRAILING))
    public static class ViewChangeEvent extends ComponentEvent<HotspotMap> {
        private final double latitude;
        private final double longitude;
        private final int zoom;
        private final String bbox;

        public ViewChangeEvent(HotspotMap source, boolean fromClient, @EventData("event.detail.lat") double latitude,
                @EventData("event.detail.lon") double longitude, @EventData("event.detail.zoom") int zoom,
                @EventData("event.detail.bbox") String bbox) {
            super(source, fromClient);
            this.latitude = latitude;
            this.longitude = longitude;
            this.zoom = zoom;
            this.bbox = bbox;
        }

        public double latitude() {
            return latitude;
        }

        public double longitude() {
            return longitude;
        }

        public int zoom() {
            return zoom;
        }

        /** west,south,east,north in degrees */
        public String bbox() {
            return bbox;
        }
    }

    @DomEvent("area-drawn")
    public static class AreaDrawnEvent extends ComponentEvent<HotspotMap> {
        private final String geoJson;

        public AreaDrawnEvent(HotspotMap source, boolean fromClient, @EventData("event.detail.geojson") String geoJson) {
            super(source, fromClient);
            this.geoJson = geoJson;
        }

        public String geoJson() {
            return geoJson;
        }
    }
}
