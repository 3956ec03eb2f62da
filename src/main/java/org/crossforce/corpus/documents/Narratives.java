package org.crossforce.corpus.documents;

import java.util.ArrayList;
import java.util.List;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Population;
import org.crossforce.corpus.population.Vehicle;
import org.crossforce.corpus.writing.NameStyle;
import org.crossforce.corpus.writing.Scribe;

/**
 * The sentences of incident reports, statements and intelligence: a few templates per occurrence
 * type, filled with the cast. Plain and repetitive on purpose, like real records; the variety that
 * matters for extraction is in the entities and their noise.
 */
final class Narratives {

    private Narratives() {
    }

    /** What happened, in the third person. */
    static List<String> circumstances(Prose p, Cast c) {
        Scribe s = p.scribe();
        Dice d = p.dice();
        String at = Prose.time(c.when()) + " on " + Prose.date(c.when());
        String scene = s.address(c.scene());
        Person v = c.victim();
        List<String> out = new ArrayList<>();
        switch (c.occurrence()) {
            case BURGLARY -> {
                out.add("At about " + at + " " + p.who(v) + " returned home to " + scene
                        + " and found the rear door forced and the house searched.");
                out.add("Entry was gained by forcing a ground-floor window with a flat-bladed tool. Jewellery, a laptop and about £"
                        + d.between(2, 60) * 50 + " in cash were taken.");
                if (c.witness() != null) {
                    out.add("A neighbour, " + p.who(c.witness()) + ", saw "
                            + (c.vehicle() != null ? Prose.a(s.vehicle(c.vehicle())) + " parked outside" : "a person in a dark hooded top leave by the side gate")
                            + " shortly before.");
                }
                out.add("Fingerprints recovered from the window frame have been identified as those of " + p.who(c.suspect()) + ".");
            }
            case VEHICLE_THEFT -> {
                out.add(p.who(v) + " reports that " + Prose.a(s.vehicle(c.vehicle())) + " was taken from outside " + scene
                        + " overnight into " + Prose.date(c.when()) + ".");
                out.add("The keys had been taken in a burglary at the same address two days earlier.");
                out.add("ANPR cameras recorded the vehicle at " + Prose.time(c.when().plusHours(2)) + " heading towards "
                        + d.pick("the A2", "the M25", "the A13", "the A127", "the A299", "the M20") + ".");
                out.add("The next day a patrol officer saw " + p.who(c.suspect()) + " driving it.");
            }
            case THEFT_FROM_VEHICLE -> {
                out.add("Between " + Prose.time(c.when().minusHours(3)) + " and " + at + " the nearside window of "
                        + Prose.a(s.vehicle(c.vehicle())) + " parked at " + scene + " was smashed and a bag containing a laptop was taken.");
                out.add("CCTV from a nearby shop shows a person on a pedal cycle trying car doors along the road.");
                out.add("The person on the cycle has been identified as " + p.who(c.suspect()) + ".");
            }
            case ROBBERY -> {
                out.add("At " + at + " " + p.who(v) + " was walking near " + scene + " when two people approached.");
                out.add("One of them threatened " + p.who(v) + " with a knife and demanded a mobile phone and wallet, which were handed over.");
                if (c.vehicle() != null) {
                    out.add("The two left in " + Prose.a(s.vehicle(c.vehicle())) + ".");
                }
                out.add(p.who(v) + " later picked out " + p.who(c.suspect()) + " at a video identification parade.");
            }
            case THEFT_FROM_PERSON -> {
                out.add("At " + at + " " + p.who(v) + " had a mobile phone taken from a coat pocket in a crowd at " + scene + ".");
                out.add("The phone's tracking showed it later that evening at an address in " + c.suspect().home().town()
                        + " linked to " + p.who(c.suspect()) + ".");
            }
            case ASSAULT -> {
                out.add("At " + at + " officers were called to a disturbance at " + scene + ".");
                out.add(p.who(v) + " had a cut above the left eye and swelling to the cheek after being punched repeatedly.");
                out.add(p.who(v) + " named the attacker as " + p.who(c.suspect()) + ", an acquaintance, and said the argument was about money owed.");
            }
            case DRUGS -> {
                out.add("At " + at + " officers on patrol near " + scene + " stopped " + p.who(c.suspect())
                        + " after seeing what looked like a hand-to-hand exchange.");
                out.add("A search under section 23 of the Misuse of Drugs Act 1971 found " + d.between(4, 30)
                        + " wraps of suspected crack cocaine and £" + d.between(4, 90) * 10 + " in cash.");
                if (c.suspect().phone() != null) {
                    out.add("Two mobile phones were seized. One of them, " + s.phone(c.suspect().phone())
                            + ", is believed to be a deal line.");
                }
                if (c.accomplice() != null) {
                    out.add(p.who(c.accomplice()) + " was with " + p.who(c.suspect()) + " and was also searched; nothing was found.");
                }
            }
            case WEAPON -> {
                out.add("At " + at + " a member of the public reported a person carrying a large knife near " + scene + ".");
                out.add("Officers found " + p.who(c.suspect()) + " nearby with a zombie-style knife with a 30 cm serrated blade in a waistband.");
            }
            case DAMAGE -> {
                out.add("Overnight into " + Prose.date(c.when()) + " the front windows of " + scene
                        + " were smashed and the door was sprayed with paint.");
                out.add(p.who(v) + " believes this is connected to a dispute with " + p.who(c.suspect()) + ".");
            }
            case HARASSMENT -> {
                String from = c.suspect().phone() != null ? ", many of them from " + s.phone(c.suspect().phone()) : "";
                out.add(p.who(v) + " reports repeated unwanted calls and messages since early "
                        + c.when().minusMonths(1).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                        + from + ".");
                out.add("The messages are abusive and mention the victim's address, " + scene + ".");
                out.add(p.who(v) + " believes the sender is " + p.who(c.suspect()) + ", a former partner.");
            }
            case FRAUD -> {
                String caller = c.suspect().phone() != null ? " from " + s.phone(c.suspect().phone()) : "";
                out.add("On " + Prose.date(c.when()) + " " + p.who(v) + " received a call" + caller
                        + " from a man claiming to be from the bank's fraud team.");
                out.add(p.who(v) + " was persuaded to transfer £" + d.between(10, 240) * 100
                        + " to a 'safe account' and to hand a bank card to a courier who called at " + scene + ".");
                out.add("Bank enquiries link the receiving account to " + p.who(c.suspect()) + ".");
            }
            case SHOPLIFTING -> {
                out.add("At " + at + " staff at a convenience store at " + scene
                        + " detained a person who had hidden meat and alcohol worth £" + d.between(30, 240) + " in a rucksack.");
                out.add("The person gave the name " + s.name(c.suspect(), NameStyle.PLAIN) + " and was confirmed by fingerprints as "
                        + p.who(c.suspect()) + ", born " + s.dateOfBirth(c.suspect()) + ".");
            }
            case MISSING -> {
                out.add(p.who(v) + " was reported missing from " + scene + " at " + at + " by a family member.");
                if (c.vehicle() != null) {
                    out.add(p.who(v) + " was last seen getting into " + Prose.a(s.vehicle(c.vehicle())) + " driven by " + p.who(c.suspect()) + ".");
                } else {
                    out.add(p.who(v) + " was last seen walking towards the station with " + p.who(c.suspect()) + ".");
                }
                if (v.phone() != null) {
                    out.add(p.who(v) + "'s phone, " + s.phone(v.phone()) + ", has been switched off since that evening.");
                }
            }
            case DRINK_DRIVE -> {
                out.add("At " + at + " officers stopped " + Prose.a(s.vehicle(c.vehicle())) + " on " + c.scene().street()
                        + " after it was seen weaving across the road.");
                out.add("The driver, " + p.who(c.suspect()) + ", gave a positive roadside breath test and was arrested.");
            }
        }
        return out;
    }

    /** What is known about the suspect and what has been done. */
    static List<String> enquiries(Prose p, Cast c, Population population) {
        Scribe s = p.scribe();
        Dice d = p.dice();
        Person suspect = c.suspect();
        List<String> out = new ArrayList<>();
        out.add(p.who(suspect) + " was born on " + s.dateOfBirth(suspect) + " and lives at " + s.address(suspect.home()) + ".");
        if (suspect.phone() != null && d.chance(0.7)) {
            out.add(p.who(suspect) + " uses mobile " + s.phone(suspect.phone()) + ".");
        }
        Vehicle vehicle = c.vehicle();
        if (vehicle != null && d.chance(0.6)) {
            Person keeper = population.person(vehicle.keeperId());
            out.add("A PNC check on " + s.vrm(vehicle) + " shows the registered keeper as "
                    + (keeper == null ? "a hire company in Luton" : s.name(keeper, NameStyle.SURNAME_FIRST)) + ".");
        }
        if (suspect.alias() != null && d.chance(0.5)) {
            out.add(p.who(suspect) + " is known locally as \"" + s.alias(suspect) + "\".");
        }
        if (suspect.homeForce() != c.force() && d.chance(0.7)) {
            out.add("Intelligence checks show that " + p.who(suspect) + " is also known to "
                    + ForceNames.of(suspect.homeForce()) + ".");
        }
        out.add(d.pick("CCTV has been requested from the local authority.",
                "House-to-house enquiries were completed without result.",
                "Forensic examination of the scene has been requested.",
                "Telephone enquiries are continuing."));
        return out;
    }

    /**
     * A witness or victim's own account, in the first person. A brief account (for a one-page
     * scan) leaves out the vehicle and the phone, rather than writing and then dropping them, so
     * that the manifest lists only what is on the page.
     */
    static List<String> account(Prose p, Cast c, Person narrator, boolean brief) {
        Scribe s = p.scribe();
        Dice d = p.dice();
        List<String> out = new ArrayList<>();
        out.add("I live at " + s.address(narrator.home()) + " and " + Prose.work(narrator.occupation()) + ".");
        String seen = switch (c.occurrence()) {
            case BURGLARY -> "someone climbing out of a side window of a house";
            case ROBBERY, THEFT_FROM_PERSON -> "two people crowd round a young man and take his phone";
            case ASSAULT -> "a fight, with one person punching another in the face";
            case DRUGS -> "someone handing small packages to people who came up on foot and in cars";
            case WEAPON -> "someone with a large knife tucked into their waistband";
            case DAMAGE -> "someone throwing bricks at the front windows of a house";
            case VEHICLE_THEFT, THEFT_FROM_VEHICLE -> "someone trying the doors of parked cars";
            case DRINK_DRIVE -> "a car swerving across the road and mounting the kerb";
            default -> "something that worried me enough to call the police";
        };
        String where = c.scene().equals(narrator.home()) ? "at home"
                : d.pick("walking my dog", "walking home from work", "waiting for a bus", "sitting in my car")
                        + " near " + s.address(c.scene());
        out.add("On " + Prose.longDate(c.when()) + " at about " + Prose.time(c.when()) + " I was " + where
                + " when I saw " + seen + ".");
        String name = d.chance(0.5) ? s.name(c.suspect(), NameStyle.UPPER) : p.who(c.suspect());
        out.add("I recognised the person as " + name + " because "
                + d.pick("they live a few streets away from me", "I went to school with them",
                        "they used to go out with my cousin", "I have seen them around the estate for years")
                + ".");
        if (c.suspect().alias() != null && d.chance(0.6)) {
            out.add("People round here call them \"" + s.alias(c.suspect()) + "\".");
        }
        if (c.vehicle() != null && !brief) {
            out.add(p.who(c.suspect()) + " then got into " + Prose.a(s.vehicle(c.vehicle()))
                    + ". I wrote the registration down on my phone.");
        }
        if (c.suspect().phone() != null && !brief && d.chance(0.4)) {
            out.add(p.who(c.suspect()) + " has rung me before from " + s.phone(c.suspect().phone()) + ".");
        }
        String contact = narrator.phone() != null ? " I can be contacted on " + s.phone(narrator.phone()) + "." : "";
        out.add("I would recognise " + p.who(c.suspect()) + " again. I am willing to attend court if required." + contact);
        return out;
    }

    /** Intelligence as a source reports it. */
    static List<String> intelligence(Prose p, Cast c) {
        Scribe s = p.scribe();
        Dice d = p.dice();
        Person subject = c.suspect();
        List<String> out = new ArrayList<>();
        String area = c.scene().locality();
        out.add(switch (d.below(5)) {
            case 0 -> p.who(subject) + " is supplying crack cocaine and heroin in the " + area + " area"
                    + (subject.phone() != null ? " using mobile " + s.phone(subject.phone()) : "") + ".";
            case 1 -> p.who(subject) + " is sending young people from " + subject.home().town() + " to " + area
                    + " by train to sell drugs.";
            case 2 -> p.who(subject) + " is selling stolen jewellery and phones through contacts in " + area + ".";
            case 3 -> p.who(subject) + " is recruiting students as money mules through social media, paying £"
                    + d.between(2, 10) * 100 + " per account.";
            default -> p.who(subject) + " is carrying a knife and has threatened people in " + area + ".";
        });
        if (c.vehicle() != null) {
            out.add(p.who(subject) + " has been seen driving " + Prose.a(s.vehicle(c.vehicle())) + " in " + c.scene().town()
                    + (c.accomplice() != null ? ", often with " + p.who(c.accomplice()) : "") + ".");
        } else if (c.accomplice() != null) {
            out.add(p.who(subject) + " is often seen with " + p.who(c.accomplice()) + ".");
        }
        if (d.chance(0.6)) {
            out.add(p.who(subject) + " is believed to be staying at " + s.address(c.scene()) + ".");
        }
        if (subject.phone() != null && subject.phones().size() > 1) {
            out.add(p.who(subject) + " also uses " + s.phone(subject.phones().get(1)) + ".");
        }
        return out;
    }
}
