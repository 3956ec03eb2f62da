package org.crossforce.corpus.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crossforce.corpus.population.Address;
import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Officer;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Phone;
import org.crossforce.corpus.population.Vehicle;

/**
 * Writes entities into text and remembers every one it wrote, with its true identity: the
 * manifest's ground truth is whatever passed through here. A scribe for an attachment shares the
 * list and labels its mentions with the attachment's name.
 */
public final class Scribe {

    private final Dice dice;
    private final List<Mention> mentions;
    private final String part;

    public Scribe(Dice dice) {
        this(dice, new ArrayList<>(), null);
    }

    private Scribe(Dice dice, List<Mention> mentions, String part) {
        this.dice = dice;
        this.mentions = mentions;
        this.part = part;
    }

    /** A scribe for an attachment or archive member, e.g. {@code evidence.zip/statement.pdf}. */
    public Scribe part(String name) {
        return new Scribe(dice, mentions, name);
    }

    public Dice dice() {
        return dice;
    }

    public List<Mention> mentions() {
        return List.copyOf(mentions);
    }

    public String name(Person person, NameStyle style) {
        return record("person", person.id(), Noise.name(person, style, dice));
    }

    /** The name, now and then followed by the person's street name: {@code Jon SMYTH aka "Smudge"}. */
    public String nameAka(Person person, NameStyle style) {
        String name = name(person, style);
        if (person.alias() != null && dice.chance(0.6)) {
            return name + " aka \"" + alias(person) + "\"";
        }
        return name;
    }

    /** The surname alone, as later references in police prose: SMYTH. */
    public String surname(Person person) {
        String upper = person.surname().toUpperCase(Locale.ROOT);
        return record("person", person.id(), new Surface(upper, List.of("surname-only")));
    }

    public String alias(Person person) {
        return record("alias", person.id(), Surface.plain(person.alias()));
    }

    public String dateOfBirth(Person person) {
        return record("dob", person.id(), Noise.dateOfBirth(person.dateOfBirth(), dice));
    }

    public String vrm(Vehicle vehicle) {
        return record("vehicle", vehicle.id(), Noise.vrm(vehicle.vrm(), dice));
    }

    /** grey VW Golf UX19 QFK. */
    public String vehicle(Vehicle vehicle) {
        String make = dice.chance(0.5) ? vehicle.shortMake() : vehicle.make();
        String model = vehicle.model().startsWith(make) ? vehicle.model() : make + " " + vehicle.model();
        return vehicle.colour() + " " + model + " " + vrm(vehicle);
    }

    public String phone(Phone phone) {
        return record("phone", phone.id(), Noise.phone(phone, dice));
    }

    public String email(Person person) {
        return record("email", person.id(), Surface.plain(person.email()));
    }

    public String email(Officer officer) {
        return record("email", officer.id(), Surface.plain(officer.email()));
    }

    /** 12 Dalby Square, Margate CT9 2ER. */
    public String address(Address address) {
        Surface postcode = Noise.postcode(address.postcode(), dice);
        return record("address", address.id(), new Surface(address.line() + " " + postcode.text(), postcode.variants()));
    }

    /** PC 11872 Sarah WHITLOCK; staff have no collar number. */
    public String officer(Officer officer) {
        return record("officer", officer.id(), Surface.plain(label(officer)));
    }

    /** The same form, for metadata such as a document's author, which is not part of its text. */
    public static String label(Officer officer) {
        String name = officer.forename() + " " + officer.surname().toUpperCase(Locale.ROOT);
        return officer.collar().isEmpty() ? officer.rank() + " " + name
                : officer.rank() + " " + officer.collar() + " " + name;
    }

    /** Records an entity placed outside the text, such as GPS coordinates in a photo's EXIF. */
    public void note(String type, String id, String surface, List<String> variants) {
        mentions.add(new Mention(type, id, surface, List.copyOf(variants), part));
    }

    private String record(String type, String id, Surface surface) {
        mentions.add(new Mention(type, id, surface.text(), surface.variants(), part));
        return surface.text();
    }
}
