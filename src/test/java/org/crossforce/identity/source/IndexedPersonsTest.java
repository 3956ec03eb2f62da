package org.crossforce.identity.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crossforce.identity.PersonRecord;
import org.crossforce.indexing.ReportDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class IndexedPersonsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * A report naming two people: the date of birth after the first is his, the mobile written
     * after his name is his, the email after hers is hers.
     */
    @Test
    void aPersonInProseTakesTheDateOfBirthAfterTheNameAndTheIdentifiersNearestToThem() {
        String text = "Stopped Jonathan SMYTH (DOB 03/04/1985), mobile 07700 900481.\n"
                + "With him was Priya Patel, priya.patel@inbox.example.";
        int jon = text.indexOf("Jonathan");
        int phone = text.indexOf("07700");
        int priya = text.indexOf("Priya");
        int email = text.indexOf("priya.patel");
        ReportDocument doc = JSON.readValue("""
                {"id": "doc1", "force": "essex", "kind": "file", "size": 0, "truncated": false, "text": %s,
                 "entities": {"mentions": [
                   {"id": "person:doc1#0", "type": "person", "start": %d, "end": %d, "text": "Jonathan SMYTH", "value": "jonathan smyth"},
                   {"id": "phone:+447700900481", "type": "phone", "start": %d, "end": %d, "text": "07700 900481", "value": "+447700900481"},
                   {"id": "person:doc1#1", "type": "person", "start": %d, "end": %d, "text": "Priya Patel", "value": "priya patel"},
                   {"id": "email:priya.patel@inbox.example", "type": "email", "start": %d, "end": %d, "text": "x", "value": "priya.patel@inbox.example"}
                 ]}}
                """.formatted(JSON.writeValueAsString(text), jon, jon + 14, phone, phone + 12, priya, priya + 11, email,
                email + 25), ReportDocument.class);

        List<PersonRecord> persons = IndexedPersons.of(doc);

        assertThat(persons).hasSize(2);
        PersonRecord him = persons.get(0);
        assertThat(him.key()).isEqualTo("doc1#0");
        assertThat(him.forenames()).isEqualTo("jonathan");
        assertThat(him.surname()).isEqualTo("smyth");
        assertThat(him.dateOfBirth()).isEqualTo(LocalDate.of(1985, 4, 3));
        assertThat(him.phones()).containsExactly("+447700900481");
        assertThat(him.emails()).isEmpty();
        PersonRecord her = persons.get(1);
        assertThat(her.emails()).containsExactly("priya.patel@inbox.example");
        assertThat(her.phones()).isEmpty();
        assertThat(her.sourceSystem()).isEqualTo("document");
        assertThat(her.sourceKey()).isEqualTo("doc1#1");
    }

    @Test
    void aDateOfBirthIsReadInTheWaysPeopleWriteIt() {
        assertThat(IndexedPersons.birth(" (DOB 4 March 1985) was", 0)).isEqualTo(LocalDate.of(1985, 3, 4));
        assertThat(IndexedPersons.birth(", born on 14/03/1994, of", 0)).isEqualTo(LocalDate.of(1994, 3, 14));
        assertThat(IndexedPersons.birth(", date of birth: 1990-01-02", 0)).isEqualTo(LocalDate.of(1990, 1, 2));
        assertThat(IndexedPersons.birth(" said that on 14/03/1994 he", 0)).isNull();
        String form = "Name: SMYTH, Jonathan (states he is known as \"Jon\")\nAlso known as: \"Smudge\".\nDOB: 14/03/1994.";
        assertThat(IndexedPersons.birth(form, 21)).isEqualTo(LocalDate.of(1994, 3, 14));
        assertThat(IndexedPersons.birth("Jon SMYTH.\n\nPriya PATEL, DOB 01/02/1990", 9)).isNull();
        assertThat(IndexedPersons.birth("Jon SMYTH and Priya PATEL, DOB 01/02/1990", 9, 14)).isNull();
    }
}
