package org.crossforce.corpus.documents;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Phone;
import org.crossforce.corpus.population.Vehicle;
import org.crossforce.corpus.writing.Expected;
import org.crossforce.corpus.writing.NameStyle;
import org.crossforce.corpus.writing.Noise;
import org.crossforce.corpus.writing.Scribe;
import org.crossforce.corpus.writing.Surface;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An export of the fictional intelligence system {@code harbour-intel}: a JSON array of logs. The
 * field names and shapes, including its grading of source A to E and intelligence 1 to 5, are a
 * contract with the mapping that reads these files; change them only together.
 */
final class HarbourIntel {

    static final String SYSTEM = "harbour-intel";
    static final int RECORDS = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] CLASSIFICATIONS = {"OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"};

    private HarbourIntel() {
    }

    static Made make(Context ctx) {
        Dice dice = ctx.dice().fork("records");
        Scribe root = new Scribe(dice);
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String marking = "OFFICIAL";
        String handling = "P";
        for (int r = 0; r < RECORDS; r++) {
            ZonedDateTime created = ctx.created().minusMinutes(dice.between(0, 60 * 24 * 60)).truncatedTo(ChronoUnit.MINUTES);
            String logId = "HI-" + created.getYear() + "-" + String.format(Locale.ROOT, "%06d", ctx.slot().ordinal() * RECORDS + r + 1);
            ids.add(logId);
            Cast cast = Casting.cast(ctx.population(), ctx.force(), dice, created);
            ObjectNode log = log(cast, root.part("record " + logId), logId, created);
            marking = Markings.higher(marking, log.get("classification").asString());
            handling = "C".equals(log.get("grading").get("handling").asString()) ? "C" : handling;
            lines.add(JSON.writeValueAsString(log));
        }
        byte[] bytes = ("[\n" + String.join(",\n", lines) + "\n]\n").getBytes(StandardCharsets.UTF_8);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("records", RECORDS);
        facts.put("firstRecord", ids.getFirst());
        facts.put("lastRecord", ids.getLast());
        return new Made(bytes, null, marking, handling, SYSTEM, ctx.created(), facts,
                List.of(new Expected(ids.get(ctx.dice().below(ids.size())), "record", null)), root.mentions());
    }

    private static ObjectNode log(Cast cast, Scribe s, String logId, ZonedDateTime created) {
        Dice d = s.dice();
        ObjectNode log = JSON.createObjectNode();
        log.put("logId", logId);
        log.put("created", DateTimeFormatter.ISO_INSTANT.format(created.toInstant()));
        ObjectNode grading = log.putObject("grading");
        grading.put("source", String.valueOf("ABCDE".charAt(d.weighted(10, 35, 35, 15, 5))));
        grading.put("intelligence", String.valueOf(1 + d.weighted(20, 35, 30, 10, 5)));
        grading.put("handling", d.chance(0.3) ? "C" : "P");
        log.put("classification", CLASSIFICATIONS[d.weighted(20, 70, 10)]);
        ArrayNode subjects = log.putArray("subjects");
        subject(subjects, s, cast.suspect(), "subject");
        if (cast.accomplice() != null) {
            subject(subjects, s, cast.accomplice(), "associate");
        }
        ArrayNode vehicles = log.putArray("vehicles");
        if (cast.vehicle() != null) {
            Vehicle v = cast.vehicle();
            ObjectNode vehicle = vehicles.addObject();
            vehicle.put("vrm", s.vrm(v));
            vehicle.put("make", d.chance(0.6) ? v.shortMake() : v.make());
            vehicle.put("colour", v.colour());
        }
        ArrayNode phones = log.putArray("phones");
        for (Phone phone : cast.suspect().phones()) {
            if (d.chance(0.85)) {
                String e164 = Noise.e164(phone);
                s.note("phone", phone.id(), e164, List.of("e164"));
                phones.add(e164);
            } else {
                phones.add(s.phone(phone));
            }
        }
        ObjectNode location = log.putObject("location");
        location.put("address", cast.scene().line());
        location.put("postcode", cast.scene().postcode());
        location.put("lat", cast.scene().lat());
        location.put("lon", cast.scene().lon());
        s.note("address", cast.scene().id(), cast.scene().line(), List.of("field"));
        log.put("text", String.join(" ", Narratives.intelligence(new Prose(s, NameStyle.POLICE), cast)));
        return log;
    }

    /** Forename and surname in their own fields, with the same noise as prose: Jon for Jonathan, typos. */
    private static void subject(ArrayNode subjects, Scribe s, Person person, String role) {
        Dice d = s.dice();
        List<String> variants = new ArrayList<>(List.of("fields"));
        String forename = person.forename();
        if (person.nickname() != null && d.chance(0.15)) {
            forename = person.nickname();
            variants.add("nickname");
        }
        String surname = person.surname();
        if (d.chance(0.05)) {
            surname = Noise.typo(surname, d);
            variants.add("typo");
        }
        s.note("person", person.id(), forename + " " + surname, variants);
        Surface dob = Noise.isoDateOfBirth(person.dateOfBirth(), d);
        s.note("dob", person.id(), dob.text(), dob.variants());
        ObjectNode subject = subjects.addObject();
        subject.put("forename", forename);
        subject.put("surname", surname);
        subject.put("dateOfBirth", dob.text());
        subject.put("role", role);
    }
}
