package org.crossforce.identity.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crossforce.identity.PersonRecord;

/** Person records for tests, built a field at a time. */
final class People {

    private String key = "doc#0";
    private String force = "kent";
    private String forenames;
    private String surname;
    private LocalDate born;
    private Integer year;
    private final List<PersonRecord.Address> addresses = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();
    private final List<String> vrms = new ArrayList<>();
    private final List<String> pncs = new ArrayList<>();

    static People named(String forenames, String surname) {
        People p = new People();
        p.forenames = forenames;
        p.surname = surname;
        return p;
    }

    People key(String key) {
        this.key = key;
        return this;
    }

    People force(String force) {
        this.force = force;
        return this;
    }

    People born(int year, int month, int day) {
        this.born = LocalDate.of(year, month, day);
        return this;
    }

    People bornIn(int year) {
        this.year = year;
        return this;
    }

    People at(String line, String postcode) {
        addresses.add(new PersonRecord.Address(line, postcode));
        return this;
    }

    People phone(String e164) {
        phones.add(e164);
        return this;
    }

    People email(String email) {
        emails.add(email);
        return this;
    }

    People vrm(String vrm) {
        vrms.add(vrm);
        return this;
    }

    People pnc(String pnc) {
        pncs.add(pnc);
        return this;
    }

    PersonRecord record() {
        return new PersonRecord(key, force, "test", key, forenames, surname, born, year, addresses, phones, emails,
                vrms, pncs);
    }

    Features features() {
        return new Features(record());
    }
}
