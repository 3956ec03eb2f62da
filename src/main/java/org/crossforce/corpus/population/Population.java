package org.crossforce.corpus.population;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fictional people, officers, vehicles, phones and places that every file of a corpus draws
 * on. People are ranked by how prolific they are; most files pick people who live in the force's
 * area, some pick anyone, which is what makes the same person turn up in several forces.
 */
public final class Population {

    private final List<Person> people;
    private final Map<CorpusForce, List<Person>> locals;
    private final Map<CorpusForce, Zipf> localRanks = new EnumMap<>(CorpusForce.class);
    private final Zipf ranks;
    private final Map<CorpusForce, List<Officer>> officers;
    private final Map<CorpusForce, List<Address>> scenes;
    private final List<Vehicle> vehicles;
    private final List<Phone> phones;
    private final Map<String, Person> byId;

    Population(List<Person> people, Map<CorpusForce, List<Officer>> officers, Map<CorpusForce, List<Address>> scenes,
            List<Vehicle> vehicles, List<Phone> phones) {
        this.people = List.copyOf(people);
        this.officers = officers;
        this.scenes = scenes;
        this.vehicles = List.copyOf(vehicles);
        this.phones = List.copyOf(phones);
        this.byId = people.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Person::id, p -> p));
        this.locals = new EnumMap<>(CorpusForce.class);
        for (CorpusForce force : CorpusForce.values()) {
            List<Person> local = people.stream().filter(p -> p.homeForce() == force).toList();
            locals.put(force, local);
            if (!local.isEmpty()) {
                localRanks.put(force, new Zipf(local.size(), 0.9));
            }
        }
        this.ranks = new Zipf(people.size(), 0.9);
    }

    /** A suspect or subject: prolific people come up far more often. */
    public Person prolific(CorpusForce force, Dice dice, Set<Person> not) {
        for (int attempt = 0; attempt < 30; attempt++) {
            Person p = local(force, dice) ? locals.get(force).get(localRanks.get(force).sample(dice))
                    : people.get(ranks.sample(dice));
            if (!not.contains(p)) {
                return p;
            }
        }
        return anyone(force, dice, not);
    }

    /** A victim or witness: anyone, most often someone local. */
    public Person anyone(CorpusForce force, Dice dice, Set<Person> not) {
        for (int attempt = 0; attempt < 30; attempt++) {
            Person p = local(force, dice) ? dice.pick(locals.get(force)) : dice.pick(people);
            if (!not.contains(p)) {
                return p;
            }
        }
        return people.stream().filter(p -> !not.contains(p)).findFirst().orElseThrow();
    }

    public Officer officer(CorpusForce force, Dice dice) {
        return dice.pick(officers.get(force));
    }

    /** Where something happened: a street address, or a platform or concourse for BTP. */
    public Address scene(CorpusForce force, Dice dice) {
        return dice.pick(scenes.get(force));
    }

    public Vehicle vehicle(Dice dice) {
        return dice.pick(vehicles);
    }

    /** The person with this id, or null. */
    public Person person(String id) {
        return id == null ? null : byId.get(id);
    }

    public List<Person> people() {
        return people;
    }

    public List<Vehicle> vehicles() {
        return vehicles;
    }

    public List<Phone> phones() {
        return phones;
    }

    public int officerCount() {
        return officers.values().stream().mapToInt(List::size).sum();
    }

    private boolean local(CorpusForce force, Dice dice) {
        double affinity = switch (force) {
            case BTP -> 0.0;
            case CITY_OF_LONDON -> 0.25;
            default -> 0.75;
        };
        return localRanks.containsKey(force) && dice.chance(affinity);
    }
}
