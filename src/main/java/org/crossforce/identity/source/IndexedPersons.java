package org.crossforce.identity.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossforce.entities.Identifiers;
import org.crossforce.entities.PersonNames;
import org.crossforce.identity.PersonRecord;
import org.crossforce.indexing.ReportDocument;

/**
 * The person records of an indexed document, one for each person node ({@code person:<id>#<n>}) it
 * holds. A record's own persons carry its fields; a person found in prose carries the fullest
 * spelling of their name, a date of birth written just after it ("(DOB 4 March 1985)"), and the
 * phones, emails, vehicles, PNC ids and addresses written nearest to them.
 */
public final class IndexedPersons {

    private static final String PERSON = "person:";
    /** How far from a name an identifier may be and still be taken as that person's. */
    private static final int NEAR = 160;
    /** A date of birth after its cue: "DOB 14/03/1994", "born on 4 March 1985", "Date of birth: 1990-01-02". */
    private static final Pattern BIRTH = Pattern.compile(
            "(?:\\bd\\.?o\\.?b\\.?|\\bdate of birth|\\bborn(?: on)?)[\\s:.,(-]*"
                    + "(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9},? \\d{4})",
            Pattern.CASE_INSENSITIVE);
    /** How far after a name its date of birth may be: the same sentence, or the next lines of a form. */
    private static final int BIRTH_REACH = 200;

    private IndexedPersons() {
    }

    public static List<PersonRecord> of(ReportDocument doc) {
        if (doc.entities() == null) {
            return List.of();
        }
        Map<String, List<ReportDocument.EntityMention>> byPerson = new LinkedHashMap<>();
        List<ReportDocument.EntityMention> identifiers = new ArrayList<>();
        for (ReportDocument.EntityMention m : doc.entities().mentions()) {
            if (m.id().startsWith(PERSON)) {
                byPerson.computeIfAbsent(m.id().substring(PERSON.length()), k -> new ArrayList<>()).add(m);
            } else if (m.end() > m.start()) {
                identifiers.add(m);
            }
        }
        List<ReportDocument.Person> named = named(doc);
        String text = doc.text() == null ? "" : doc.text();
        List<PersonRecord> out = new ArrayList<>();
        for (Map.Entry<String, List<ReportDocument.EntityMention>> e : byPerson.entrySet()) {
            String key = e.getKey();
            int n = number(key);
            if (n >= 0 && n < named.size()) {
                out.add(fromRecord(doc, key, named.get(n), named.size() == 1));
            } else {
                out.add(fromText(doc, key, e.getValue(), byPerson, identifiers, text));
            }
        }
        return out;
    }

    /** The record's persons that have a name: the ones the entity marker numbered first. */
    private static List<ReportDocument.Person> named(ReportDocument doc) {
        if (doc.record() == null || doc.record().persons() == null) {
            return List.of();
        }
        return doc.record().persons().stream().filter(p -> !PersonNames.normalise(written(p)).isEmpty()).toList();
    }

    private static String written(ReportDocument.Person p) {
        return PersonNames.written(p.name(), p.forename(), p.surname());
    }

    private static PersonRecord fromRecord(ReportDocument doc, String key, ReportDocument.Person p, boolean alone) {
        ReportDocument.Record r = doc.record();
        List<PersonRecord.Address> addresses = p.address() == null && p.postcode() == null ? List.of()
                : List.of(new PersonRecord.Address(p.address(), p.postcode()));
        List<String> phones = new ArrayList<>(value(p.phone(), Identifiers::phone));
        List<String> emails = new ArrayList<>(value(p.email(), Identifiers::email));
        List<String> vrms = new ArrayList<>();
        if (alone) {
            list(r.phones()).forEach(x -> add(phones, value(x, Identifiers::phone)));
            list(r.emails()).forEach(x -> add(emails, value(x, Identifiers::email)));
            list(r.vehicles()).forEach(v -> add(vrms, value(v.vrm(), Identifiers::vrm)));
        }
        String forenames = p.forename();
        String surname = p.surname();
        if (forenames == null && surname == null) {
            forenames = PersonNames.normalise(p.name());
        }
        String sourceKey = r.sourceKey() == null ? key : alone ? r.sourceKey() : r.sourceKey() + "#" + number(key);
        return new PersonRecord(key, doc.force(), system(doc), sourceKey, forenames, surname, p.dateOfBirth(),
                p.yearOfBirth(), addresses, phones, emails, vrms, value(p.pnc(), Identifiers::pnc));
    }

    private static PersonRecord fromText(ReportDocument doc, String key, List<ReportDocument.EntityMention> mine,
            Map<String, List<ReportDocument.EntityMention>> everyone, List<ReportDocument.EntityMention> identifiers,
            String text) {
        String fullest = mine.stream().map(ReportDocument.EntityMention::text)
                .max(java.util.Comparator.comparingInt((String s) -> PersonNames.normalise(s).split(" ").length)
                        .thenComparingInt(String::length))
                .orElse("");
        String name = PersonNames.normalise(fullest);
        int space = name.lastIndexOf(' ');
        String forenames = space < 0 ? null : name.substring(0, space);
        String surname = space < 0 ? name : name.substring(space + 1);
        LocalDate born = null;
        for (ReportDocument.EntityMention m : mine) {
            if (born == null && m.end() > m.start() && m.end() <= text.length()) {
                born = birth(text, m.end(), nextPerson(everyone, key, m.end(), text.length()));
            }
        }
        List<PersonRecord.Address> addresses = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> vrms = new ArrayList<>();
        List<String> pncs = new ArrayList<>();
        for (ReportDocument.EntityMention id : identifiers) {
            if (!key.equals(nearest(id, everyone, text))) {
                continue;
            }
            switch (id.type()) {
                case "phone" -> add(phones, List.of(id.value()));
                case "email" -> add(emails, List.of(id.value()));
                case "vrm" -> add(vrms, List.of(id.value()));
                case "pnc" -> add(pncs, List.of(id.value()));
                case "address" -> addresses.add(address(id.value()));
                default -> {
                }
            }
        }
        return new PersonRecord(key, doc.force(), system(doc), key, forenames, surname, born, null, addresses, phones,
                emails, vrms, pncs);
    }

    /** "12 Dalby Square, CT9 2ER": an address entity's value, with its postcode when it ends with one. */
    private static PersonRecord.Address address(String value) {
        int comma = value.lastIndexOf(", ");
        String tail = comma < 0 ? null : value.substring(comma + 2);
        return tail != null && Identifiers.postcode(tail).isPresent()
                ? new PersonRecord.Address(value.substring(0, comma), tail)
                : new PersonRecord.Address(value, null);
    }

    /** The person whose mention is nearest the identifier, within reach and the same paragraph; null if none. */
    static String nearest(ReportDocument.EntityMention id, Map<String, List<ReportDocument.EntityMention>> everyone,
            String text) {
        String best = null;
        int bestDistance = NEAR + 1;
        for (Map.Entry<String, List<ReportDocument.EntityMention>> e : everyone.entrySet()) {
            for (ReportDocument.EntityMention m : e.getValue()) {
                if (m.end() <= m.start()) {
                    continue;
                }
                int distance = id.start() >= m.end() ? id.start() - m.end() : m.start() - id.end();
                // An identifier written before the name counts for less: "07700 900481, the phone of Jon Smyth".
                int weighed = id.start() >= m.end() ? distance : distance * 2;
                if (distance >= 0 && weighed < bestDistance && samePara(text, m, id)) {
                    best = e.getKey();
                    bestDistance = weighed;
                }
            }
        }
        return best;
    }

    private static boolean samePara(String text, ReportDocument.EntityMention a, ReportDocument.EntityMention b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        return from > text.length() || to > text.length() || from >= to || !text.substring(from, to).contains("\n\n");
    }

    static LocalDate birth(String text, int from) {
        return birth(text, from, text.length());
    }

    /**
     * The first date of birth written after a name, before another person is named and within
     * reach, and not across a blank line: "Name: SMYTH, Jonathan ... DOB: 14/03/1994" on a form.
     */
    static LocalDate birth(String text, int from, int before) {
        int to = Math.min(Math.min(text.length(), before), from + BIRTH_REACH);
        String window = text.substring(from, Math.max(from, to));
        int blank = window.indexOf("\n\n");
        Matcher m = BIRTH.matcher(blank < 0 ? window : window.substring(0, blank));
        if (!m.find()) {
            return null;
        }
        return Identifiers.date(m.group(1)).map(LocalDate::parse).orElse(null);
    }

    /**
     * Where the next full name of anyone else begins after {@code from}; the end of the text when
     * none does. A lone word ("Jon", "Smudge") is most often the same person's alias, so it does not end the reach.
     */
    private static int nextPerson(Map<String, List<ReportDocument.EntityMention>> everyone, String key, int from,
            int end) {
        int next = end;
        for (Map.Entry<String, List<ReportDocument.EntityMention>> e : everyone.entrySet()) {
            if (!e.getKey().equals(key)) {
                for (ReportDocument.EntityMention m : e.getValue()) {
                    if (m.start() >= from && m.start() < next && m.value() != null && m.value().contains(" ")) {
                        next = m.start();
                    }
                }
            }
        }
        return next;
    }

    private static int number(String key) {
        int hash = key.lastIndexOf('#');
        try {
            return hash < 0 ? -1 : Integer.parseInt(key.substring(hash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String system(ReportDocument doc) {
        return doc.sourceSystem() == null || doc.sourceSystem().isBlank() ? "document" : doc.sourceSystem();
    }

    private static List<String> value(String raw, java.util.function.Function<String, Optional<String>> normalise) {
        return raw == null || raw.isBlank() ? List.of() : normalise.apply(raw).map(List::of).orElse(List.of());
    }

    private static void add(List<String> to, List<String> values) {
        values.stream().filter(v -> !to.contains(v)).forEach(to::add);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
