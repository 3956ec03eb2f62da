package org.crossforce.corpus.population;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a corpus's population from its seed, on one thread and before any file is written, so
 * that every file sees the same people whatever order the files are written in.
 */
public final class PopulationBuilder {

    /** Ofcom keeps these for drama: 07700 900000 to 900999 and 020 7946 0000 to 0999. */
    private static final int DRAMA_NUMBERS = 1000;
    private static final int OFFICERS_PER_FORCE = 24;
    private static final int SCENES_PER_FORCE = 60;
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final List<String> STEMS = List.of("Church", "Station", "Victoria", "Albert", "Park", "Queens",
            "Kings", "Mill", "High", "London", "Manor", "Grange", "York", "Windsor", "Northdown", "Orchard", "Chapel",
            "Market", "Mount", "Castle", "Elm", "Oak", "Beech", "Cedar", "Willow", "Meadow", "Harbour", "Marine",
            "Clifton", "Dalby", "Belmont", "Stanley", "Gordon", "Cromwell", "Nelson", "Wellington", "Trafalgar",
            "Stafford", "Cambridge", "Richmond", "Salisbury", "Grosvenor", "Mare", "Ridley", "Well", "Green");
    private static final List<String> SUFFIXES = List.of("Road", "Street", "Avenue", "Close", "Lane", "Gardens",
            "Crescent", "Way", "Drive", "Place", "Square", "Terrace", "Grove", "Walk", "Hill", "Rise", "Mews",
            "Court", "Parade", "Row", "Road", "Street", "Road");
    private static final List<String> STATION_SPOTS = List.of("Platform 1", "Platform 2", "Platform 3",
            "Platform 4", "Platform 5", "the gateline", "the ticket hall", "the main concourse", "the taxi rank",
            "the footbridge", "the station car park", "the bicycle store");
    private static final List<String> MAIL_DOMAINS = List.of("mailbox.example", "inbox.example", "webpost.example",
            "netmail.example", "ukmail.example");
    static final List<String> OCCUPATIONS = List.of("retail assistant", "delivery driver", "nurse",
            "student", "unemployed", "self-employed builder", "care worker", "warehouse operative", "chef",
            "taxi driver", "teacher", "security officer", "hairdresser", "electrician", "bar staff", "retired",
            "office manager", "plasterer", "cleaner", "mechanic", "scaffolder", "bus driver", "accountant");
    private static final String[] RANKS = {"PC", "DC", "PS", "DS", "PCSO", "DI", "Analyst"};
    private static final int[] RANK_WEIGHTS = {40, 20, 12, 10, 8, 4, 6};

    private PopulationBuilder() {
    }

    /**
     * Two people per file, at least 40 and at most 20,000: the exports alone hold some seven
     * occurrences per file on average, and most people should turn up in one or two forces only.
     */
    public static Population build(long seed, int size) {
        return build(seed, size, 0).population();
    }

    /** How many people a corpus of {@code size} files has. */
    public static int count(int size) {
        return (int) Math.clamp(size * 2L, 40, 20_000);
    }

    /**
     * The people of the corpus of {@code size} files, then more made the same way until there are
     * {@code atLeast}: files that need more people than the documents name (the persons file at
     * 100,000 records) still begin with the very people the documents name. The extra people are
     * made after everything else, so the documents do not change.
     */
    public static List<Person> people(long seed, int size, int atLeast) {
        Built built = build(seed, size, atLeast);
        List<Person> people = new ArrayList<>(built.population().people());
        people.addAll(built.more());
        return people;
    }

    private record Built(Population population, List<Person> more) {
    }

    private static Built build(long seed, int size, int atLeast) {
        Dice dice = Dice.of(seed, "population", 0);
        Names names = new Names(seed);
        Deque<Phone> mobiles = numbers(dice, "07700900", "M");
        Deque<Phone> landlines = numbers(dice, "0207946", "L");
        List<Phone> phones = new ArrayList<>();
        Set<String> plates = new HashSet<>();
        List<Vehicle> vehicles = new ArrayList<>();

        int count = count(size);
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(person(i, i + 1, dice, names, mobiles, landlines, phones, plates, vehicles));
        }
        for (int i = 0; i < Math.max(10, count / 10); i++) {
            vehicles.add(vehicle(String.format(Locale.ROOT, "V%05d", vehicles.size() + 1), null, dice, plates));
        }

        Map<CorpusForce, List<Officer>> officers = new EnumMap<>(CorpusForce.class);
        Map<CorpusForce, List<Address>> scenes = new EnumMap<>(CorpusForce.class);
        int addressNo = people.size();
        for (CorpusForce force : CorpusForce.values()) {
            List<Officer> list = new ArrayList<>();
            for (int i = 0; i < OFFICERS_PER_FORCE; i++) {
                list.add(officer(force, list.size(), dice, names, landlines, phones));
            }
            officers.put(force, list);
            List<Address> spots = new ArrayList<>();
            List<Place> places = Places.of(force);
            for (int i = 0; i < SCENES_PER_FORCE; i++) {
                spots.add(address(String.format(Locale.ROOT, "A%05d", ++addressNo), dice.pick(places), dice,
                        names::surname));
            }
            scenes.put(force, spots);
        }
        Population population = new Population(people, officers, scenes, vehicles, phones);
        List<Person> more = new ArrayList<>();
        for (int i = count; i < atLeast; i++) {
            // Address numbers after the scenes', which follow the corpus's own people.
            more.add(person(i, addressNo + i - count + 1, dice, names, mobiles, landlines, phones, plates, vehicles));
        }
        return new Built(population, more);
    }

    private static Person person(int i, int addressNo, Dice dice, Names names, Deque<Phone> mobiles,
            Deque<Phone> landlines, List<Phone> phones, Set<String> plates, List<Vehicle> vehicles) {
        String id = String.format(Locale.ROOT, "P%05d", i + 1);
        String[] name = names.next(dice);
        List<String> shorts = Nicknames.of(name[0]);
        String nickname = shorts.isEmpty() ? null : dice.pick(shorts);
        // The most prolific tenth often has a street name; the rest seldom do.
        String alias = dice.chance(i < 40 ? 0.5 : 0.08) ? dice.pick(Nicknames.ALIASES) : null;
        LocalDate born = LocalDate.of(1950, 1, 1).plusDays(Math.round(bornOffset(dice)));
        CorpusForce home = CorpusForce.values()[dice.weighted(45, 2, 27, 0, 26)];
        Address address = address(String.format(Locale.ROOT, "A%05d", addressNo), dice.pick(Places.residential(home)),
                dice, names::surname);

        List<Phone> own = new ArrayList<>();
        if (!mobiles.isEmpty() && dice.chance(0.9)) {
            own.add(take(mobiles, phones));
        }
        if (!mobiles.isEmpty() && dice.chance(0.15)) {
            own.add(take(mobiles, phones)); // a second handset: common among the people the corpus is about
        }
        if (!landlines.isEmpty() && address.postcode().matches("(E|N|SE|SW|W|NW|EC)\\d.*") && dice.chance(0.2)) {
            own.add(take(landlines, phones));
        }
        Vehicle vehicle = dice.chance(0.5) ? vehicle(String.format(Locale.ROOT, "V%05d", vehicles.size() + 1), id, dice, plates)
                : null;
        if (vehicle != null) {
            vehicles.add(vehicle);
        }
        String email = dice.chance(0.8) ? email(name[0], name[1], nickname, born, dice) : null;
        return new Person(id, name[0], name[1], nickname, alias, born, address, List.copyOf(own), vehicle, email,
                home, dice.pick(OCCUPATIONS));
    }

    /** Mostly born between the mid-1980s and 2005, some older, a few under 18. */
    private static double bornOffset(Dice dice) {
        double years = dice.chance(0.75) ? 35 + Math.abs(dice.gaussian()) * 9 * (dice.chance(0.5) ? 1 : -0.6)
                : dice.unit() * 58;
        return Math.clamp(years, 0, 58.5) * 365.25;
    }

    private static Officer officer(CorpusForce force, int i, Dice dice, Names names, Deque<Phone> landlines,
            List<Phone> phones) {
        String[] name = names.next(dice);
        String rank = RANKS[dice.weighted(RANK_WEIGHTS)];
        String collar = rank.equals("Analyst") ? "" : String.valueOf(dice.between(1000, 39999));
        Place place = dice.pick(Places.of(force));
        String unit = switch (dice.below(5)) {
            case 0 -> place.locality() + " Neighbourhood Team";
            case 1 -> place.town() + " CID";
            case 2 -> "Force Intelligence Bureau";
            case 3 -> "Proactive Team, " + place.town();
            default -> force == CorpusForce.BTP ? "Route Crime Team" : "Economic Crime Unit";
        };
        boolean london = force != CorpusForce.KENT && force != CorpusForce.ESSEX;
        Phone phone = london && !landlines.isEmpty() && dice.chance(0.6) ? take(landlines, phones) : null;
        String email = ascii(name[0] + "." + name[1]) + "@" + force.mailDomain();
        return new Officer(String.format(Locale.ROOT, "O-%s-%02d", force.prefix(), i + 1), rank, collar, name[0], name[1], force,
                unit, email, phone);
    }

    /** @param surnames a surname to name a street after, now and then */
    static Address address(String id, Place place, Dice dice, Function<Dice, String> surnames) {
        String postcode = place.outward() + " " + dice.below(10) + INWARD_LETTERS.charAt(dice.below(20))
                + INWARD_LETTERS.charAt(dice.below(20));
        if (!place.residential()) {
            boolean station = place.force() == CorpusForce.BTP;
            String premises = station ? dice.pick(STATION_SPOTS) : String.valueOf(dice.between(1, 160));
            return new Address(id, premises, place.locality(), place.town(), place.town(), postcode,
                    jitter(place.lat(), 0.0008, dice), jitter(place.lon(), 0.0012, dice), place.force());
        }
        String stem = dice.chance(0.5) ? dice.pick(STEMS) : surnames.apply(dice);
        String street = stem + " " + dice.pick(SUFFIXES);
        int number = dice.between(1, 180);
        String premises = dice.chance(0.2) ? "Flat " + dice.between(1, 24) + ", " + number : String.valueOf(number);
        return new Address(id, premises, street, place.locality(), place.town(), postcode,
                jitter(place.lat(), 0.006, dice), jitter(place.lon(), 0.009, dice), place.force());
    }

    private static Vehicle vehicle(String id, String keeper, Dice dice, Set<String> plates) {
        String vrm;
        do {
            vrm = Plates.next(dice);
        } while (!plates.add(vrm));
        Models.Model model = Models.pick(dice);
        return new Vehicle(id, vrm, model.make(), model.shortMake(), model.model(), dice.pick(Models.COLOURS), keeper);
    }

    static String email(String forename, String surname, String nickname, LocalDate born, Dice dice) {
        String first = ascii(forename);
        String last = ascii(surname);
        String local = switch (dice.below(4)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last + dice.between(1, 99);
            case 2 -> ascii(nickname == null ? forename : nickname) + (born.getYear() % 100);
            default -> last + "." + first.charAt(0) + dice.between(1, 9);
        };
        return local + "@" + dice.pick(MAIL_DOMAINS);
    }

    private static Deque<Phone> numbers(Dice dice, String prefix, String kind) {
        List<Integer> order = new ArrayList<>();
        for (int n = 0; n < DRAMA_NUMBERS; n++) {
            order.add(n);
        }
        Collections.shuffle(order, new Random(dice.nextLong()));
        Deque<Phone> pool = new ArrayDeque<>();
        for (int n : order) {
            String digits = prefix + String.format(Locale.ROOT, prefix.startsWith("07") ? "%03d" : "%04d", n);
            pool.add(new Phone("T" + kind + digits.substring(digits.length() - 4), digits));
        }
        return pool;
    }

    private static Phone take(Deque<Phone> pool, List<Phone> issued) {
        Phone phone = pool.removeFirst();
        issued.add(phone);
        return phone;
    }

    private static double jitter(double centre, double spread, Dice dice) {
        return Math.round((centre + dice.gaussian() * spread) * 100000) / 100000.0;
    }

    static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9.]", "")
                .toLowerCase(Locale.ROOT);
    }
}
