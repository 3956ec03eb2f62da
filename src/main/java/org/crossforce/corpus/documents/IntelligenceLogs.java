package org.crossforce.corpus.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.render.HtmlRenderer;
import org.crossforce.corpus.render.TextDocument;
import org.crossforce.corpus.render.TxtRenderer;
import org.crossforce.corpus.writing.NameStyle;
import org.crossforce.corpus.writing.Scribe;

/**
 * Intelligence reports graded under the 3x5x2 system as the College of Policing defines it:
 * source evaluation 1 to 3, intelligence assessment A to E, handling code P or C. (The
 * harbour-intel export has its own, different grading fields; see {@link HarbourIntel}.)
 */
final class IntelligenceLogs {

    private static final String[] SOURCE = {"1 – Reliable", "2 – Untested", "3 – Not reliable"};
    private static final String[] ASSESSMENT = {"A – Known directly to the source",
            "B – Known indirectly to the source but corroborated", "C – Known indirectly to the source",
            "D – Not known", "E – Suspected to be false"};

    private IntelligenceLogs() {
    }

    static Made make(Context ctx) {
        Dice dice = ctx.dice().fork("grading");
        int source = dice.weighted(50, 35, 15);
        int assessment = dice.weighted(25, 30, 30, 10, 5);
        Cast cast = Casting.cast(ctx.population(), ctx.force(), ctx.dice().fork("cast"), ctx.created());
        Scribe scribe = new Scribe(ctx.dice().fork("text"));
        Prose prose = new Prose(scribe, NameStyle.POLICE);
        String reference = ctx.force().prefix() + "-IR-" + String.format(Locale.ROOT, "%02d", ctx.created().getYear() % 100) + "-"
                + String.format(Locale.ROOT, "%07d", ctx.slot().index());
        String grading = (source + 1) + " / " + "ABCDE".charAt(assessment) + " / " + ctx.handling();
        String title = "Intelligence report " + reference + " - " + cast.scene().locality();
        TextDocument.Builder doc = TextDocument.builder(title, ctx.marking(), ctx.handling(),
                Scribe.label(cast.officer()), ctx.created())
                .field("Reference", reference)
                .field("Date of report", Prose.date(ctx.created()))
                .field("Submitted by", scribe.officer(cast.officer()) + ", " + cast.officer().unit())
                .heading("Grading (3x5x2)")
                .field("Source evaluation", SOURCE[source])
                .field("Intelligence assessment", ASSESSMENT[assessment])
                .field("Handling code", ctx.handling())
                .field("Grading", grading)
                .heading("Subjects");
        for (Person subject : subjects(cast)) {
            doc.paragraph(scribe.name(subject, NameStyle.SURNAME_FIRST) + " (DOB " + scribe.dateOfBirth(subject) + ")");
        }
        List<String> intelligence = Narratives.intelligence(prose, cast);
        doc.heading("Intelligence").paragraph(String.join(" ", intelligence));
        doc.heading("Assessment").paragraph(dice.pick(
                "This fits what is already known about the group's activity in the area.",
                "This is new and needs corroboration before any action is taken.",
                "This supports an application for a warrant once corroborated."));
        if ("C".equals(ctx.handling())) {
            doc.heading("Handling conditions").paragraph("Do not disseminate outside " + ForceNames.of(ctx.force())
                    + " without reference to the Force Intelligence Bureau. The source must not be identified.");
        }
        TextDocument text = doc.build();
        byte[] bytes = ctx.slot().kind() == Kind.INTELLIGENCE_LOG_HTML ? HtmlRenderer.render(text) : TxtRenderer.render(text);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("reference", reference);
        facts.put("grading", Map.of("scheme", "3x5x2", "source", String.valueOf(source + 1),
                "intelligence", String.valueOf("ABCDE".charAt(assessment)), "handling", ctx.handling()));
        return new Made(bytes, title, ctx.marking(), ctx.handling(), null, ctx.created(), facts,
                List.of(Phrases.text(intelligence, ctx.dice(), null)), scribe.mentions());
    }

    private static List<Person> subjects(Cast cast) {
        List<Person> subjects = new ArrayList<>(List.of(cast.suspect()));
        if (cast.accomplice() != null) {
            subjects.add(cast.accomplice());
        }
        return subjects;
    }
}
