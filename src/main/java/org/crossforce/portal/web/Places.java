package org.crossforce.portal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.geography.Gazetteer;
import org.crossforce.intake.ReportKind;
import org.crossforce.shared.ForceCode;
import org.springframework.util.MultiValueMap;

/**
 * Where it happened: a pin on the map, where a photo was taken, or a postcode; then the force
 * whose area holds that point. A point outside every force is asked again.
 */
final class Places {

    private final Gazetteer gazetteer;
    private final ForceBoundaries boundaries;
    private final Forces forces;

    Places(Gazetteer gazetteer, ForceBoundaries boundaries, Forces forces) {
        this.gazetteer = gazetteer;
        this.boundaries = boundaries;
        this.forces = forces;
    }

    Map<String, String> read(Draft d, MultiValueMap<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String postcode = Questions.text(form, "postcode");
        String photo = Questions.text(form, "photo");
        Double latitude = number(form.getFirst("latitude"));
        Double longitude = number(form.getFirst("longitude"));
        d.placeText = Questions.text(form, "placeText");
        Optional<Draft.DraftFile> fromPhoto = d.files.stream().filter(f -> f.id().equals(photo) && f.hasPosition())
                .findFirst();
        if (fromPhoto.isPresent()) {
            place(d, fromPhoto.get().latitude(), fromPhoto.get().longitude(), "photo",
                    "where " + fromPhoto.get().name() + " was taken", false);
        } else if (postcode != null) {
            Optional<Gazetteer.Place> found = gazetteer.find(postcode);
            if (found.isEmpty()) {
                errors.put("postcode", Gazetteer.normalise(postcode).isPresent()
                        ? "We cannot find that postcode: check it, or choose the place on the map"
                        : "Enter a real postcode, like M1 1AE, or choose the place on the map");
                return errors;
            }
            Gazetteer.Place p = found.get();
            place(d, p.latitude(), p.longitude(), "postcode", p.label(), p.approximate());
        } else if (latitude != null && longitude != null) {
            place(d, latitude, longitude, "pin", "the place you marked on the map", false);
        } else if (d.kind == ReportKind.APPEAL) {
            d.latitude = null;
            d.longitude = null;
            return errors;
        } else {
            errors.put("postcode", "Enter the postcode of the place, or choose the place on the map");
            return errors;
        }
        route(d).ifPresent(error -> errors.put(fromPhoto.isPresent() ? "photo" : "postcode", error));
        return errors;
    }

    /** The confirmation page: the pin may have been moved there. */
    Map<String, String> confirm(Draft d, MultiValueMap<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String right = form.getFirst("right");
        if (!"yes".equals(right) && !"no".equals(right)) {
            errors.put("right", "Select yes if this is the right place");
            return errors;
        }
        Double latitude = number(form.getFirst("latitude"));
        Double longitude = number(form.getFirst("longitude"));
        if ("yes".equals(right) && latitude != null && longitude != null
                && (Math.abs(latitude - d.latitude) > 1e-6 || Math.abs(longitude - d.longitude) > 1e-6)) {
            place(d, latitude, longitude, "pin", "the place you marked on the map", false);
            route(d).ifPresent(error -> errors.put("right", error));
        }
        return errors;
    }

    private Optional<String> route(Draft d) {
        if (d.kind == ReportKind.APPEAL) {
            return Optional.empty();
        }
        Optional<ForceCode> force = boundaries.at(d.latitude, d.longitude);
        if (force.isEmpty()) {
            d.forceName = null;
            return Optional.of(org.crossforce.intake.PublicDesk.OUTSIDE_EVERY_FORCE);
        }
        d.forceName = forces.nameOf(force.get());
        return Optional.empty();
    }

    private static void place(Draft d, double latitude, double longitude, String how, String label, boolean approximate) {
        d.latitude = latitude;
        d.longitude = longitude;
        d.placeHow = how;
        d.placeLabel = label;
        d.placeApproximate = approximate;
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
