package org.crossforce.corpus.documents;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.corpus.population.Address;
import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Vehicle;
import org.crossforce.corpus.render.PhotoRenderer;
import org.crossforce.corpus.writing.Expected;
import org.crossforce.corpus.writing.Scribe;

/**
 * Phone photos of a street and a car, with the phone's EXIF: where (GPS, a few metres from the
 * scene), when, and which phone. The caption and the number plate are pixels only.
 */
final class Photos {

    private static final String[][] CAMERAS = {
            {"Apple", "iPhone 13", "17.5.1"}, {"Apple", "iPhone 15 Pro", "18.1"}, {"Apple", "iPhone SE", "16.7.8"},
            {"samsung", "SM-S911B", "S911BXXU3BXH5"}, {"samsung", "SM-A546B", "A546BXXS8BXG1"},
            {"Google", "Pixel 8", "HDR+ 1.0.641377693zd"}, {"motorola", "moto g54 5G", "U1TDS34.94-12-7"},
            {"OnePlus", "CPH2449", "CPH2449_14.0.0.600(EX01)"}};

    /** A photo's bytes, the phrase its caption shows and the GPS position written into it. */
    record Shot(byte[] bytes, String expected, Map<String, Object> gps, String camera) {
    }

    private Photos() {
    }

    static Made make(Context ctx) {
        Cast cast = Casting.cast(ctx.population(), ctx.force(), ctx.dice().fork("cast"), ctx.created());
        Scribe scribe = new Scribe(ctx.dice().fork("text"));
        Shot shot = shoot(cast, scribe, ctx.dice().fork("photo"), ctx.created(),
                ctx.population().vehicle(ctx.dice()));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("gps", shot.gps());
        facts.put("taken", ctx.created().toOffsetDateTime().toString());
        facts.put("camera", shot.camera());
        return new Made(shot.bytes(), null, ctx.marking(), ctx.handling(), null, ctx.created(), facts,
                List.of(new Expected(shot.expected(), "ocr", null)), scribe.mentions());
    }

    /** Most photos show a car: the occurrence's, else the suspect's, else (now and then) any. */
    static Shot shoot(Cast cast, Scribe scribe, Dice dice, ZonedDateTime taken, Vehicle passingBy) {
        Address scene = cast.scene();
        Vehicle vehicle = cast.vehicle() != null ? cast.vehicle()
                : cast.suspect().vehicle() != null ? cast.suspect().vehicle()
                : dice.chance(0.6) ? passingBy : null;
        double lat = Math.round((scene.lat() + dice.gaussian() * 0.00015) * 100000) / 100000.0;
        double lon = Math.round((scene.lon() + dice.gaussian() * 0.0002) * 100000) / 100000.0;
        String place = scene.street() + ", " + scene.town();
        String[] camera = CAMERAS[dice.below(CAMERAS.length)];
        List<String> caption = List.of(place, Prose.date(taken) + " " + Prose.time(taken) + "  Crossforce test data");
        if (vehicle != null) {
            scribe.note("vehicle", vehicle.id(), vehicle.vrm(), List.of("number-plate"));
        }
        scribe.note("address", scene.id(), place, List.of("caption"));
        scribe.note("location", scene.id(), lat + "," + lon, List.of("exif-gps"));
        byte[] bytes = PhotoRenderer.render(new PhotoRenderer.Photo(vehicle == null ? null : vehicle.vrm(),
                vehicle == null ? null : vehicle.colour(), caption, taken, lat, lon, camera[0], camera[1], camera[2]),
                dice);
        Map<String, Object> gps = new LinkedHashMap<>();
        gps.put("lat", lat);
        gps.put("lon", lon);
        return new Shot(bytes, place, gps, camera[0] + " " + camera[1]);
    }
}
