package org.crossforce.corpus.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.render.HtmlRenderer;
import org.crossforce.corpus.render.TextDocument;
import org.crossforce.corpus.render.TxtRenderer;
import org.crossforce.corpus.writing.NameStyle;
import org.crossforce.corpus.writing.Scribe;

/** Narrative incident reports as a records system prints them: fields, circumstances, enquiries, persons. */
final class IncidentReports {

    private IncidentReports() {
    }

    static Made make(Context ctx) {
        Cast cast = Casting.cast(ctx.population(), ctx.force(), ctx.dice().fork("cast"), ctx.created());
        Scribe scribe = new Scribe(ctx.dice().fork("text"));
        Prose prose = new Prose(scribe, NameStyle.POLICE);
        String reference = ctx.reference();
        String title = "Incident report " + reference + " - " + cast.occurrence().label() + ", "
                + cast.scene().locality();
        String author = scribe.officer(cast.officer());
        TextDocument.Builder doc = TextDocument.builder(title, ctx.marking(), ctx.handling(), author, ctx.created())
                .field("Reference", reference)
                .field("Occurrence type", cast.occurrence().label())
                .field("Reported", Prose.date(ctx.created()) + " " + Prose.time(ctx.created()))
                .field("Location", scribe.address(cast.scene()))
                .field("Reporting officer", author + ", " + cast.officer().unit())
                .field("Force", ctx.force().displayName());

        List<String> circumstances = Narratives.circumstances(prose, cast);
        List<String> enquiries = Narratives.enquiries(prose, cast, ctx.population());
        doc.heading("Circumstances").paragraph(String.join(" ", circumstances));
        doc.heading("Suspect and enquiries").paragraph(String.join(" ", enquiries));
        doc.heading("Persons");
        persons(cast, scribe).forEach(line -> doc.field(line[0], line[1]));
        doc.heading("Status").paragraph("Crime recorded and allocated to " + scribe.officer(cast.officer()) + ".");

        TextDocument text = doc.build();
        byte[] bytes = ctx.slot().kind() == Kind.INCIDENT_REPORT_HTML ? HtmlRenderer.render(text) : TxtRenderer.render(text);
        return new Made(bytes, title, ctx.marking(), ctx.handling(), null, ctx.created(),
                Map.of("occurrence", cast.occurrence().label(), "reference", reference),
                List.of(Phrases.text(circumstances, ctx.dice(), null)), scribe.mentions());
    }

    /** The persons block: role, then name in index order and date of birth, one per line. */
    static List<String[]> persons(Cast cast, Scribe scribe) {
        List<String[]> lines = new ArrayList<>();
        line(lines, "Suspect", cast.suspect(), scribe);
        line(lines, "Suspect", cast.accomplice(), scribe);
        line(lines, cast.occurrence() == Occurrence.MISSING ? "Missing person" : "Victim", cast.victim(), scribe);
        line(lines, "Witness", cast.witness(), scribe);
        return lines;
    }

    private static void line(List<String[]> lines, String role, Person person, Scribe scribe) {
        if (person != null) {
            lines.add(new String[] {role, scribe.name(person, NameStyle.SURNAME_FIRST) + ", born " + scribe.dateOfBirth(person)});
        }
    }
}
