package org.crossforce.corpus.documents;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Officer;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Population;
import org.crossforce.corpus.render.TextDocument;
import org.crossforce.corpus.writing.NameStyle;
import org.crossforce.corpus.writing.Scribe;

/**
 * Witness statements in the shape of the MG11: the statement of a witness or victim, a
 * declaration, the account in the first person and who took it. Used for DOCX and PDF files, for
 * scans and for email attachments.
 */
final class Statements {

    static final String DECLARATION = "This statement (consisting of 1 page(s) each signed by me) is true to the best "
            + "of my knowledge and belief and I make it knowing that, if it is tendered in evidence, I shall be liable "
            + "to prosecution if I have wilfully stated in it anything which I know to be false, or do not believe to be true.";

    /** A statement and the sentences of its account, from which the expected phrase is chosen. */
    record Written(TextDocument document, List<String> account, String title) {
    }

    private Statements() {
    }

    static Written write(Scribe scribe, Cast cast, Population population, Dice dice, ZonedDateTime taken,
            String urn, String marking, String handling, boolean brief) {
        Person narrator = cast.witness() != null ? cast.witness()
                : cast.victim() != null ? cast.victim()
                : population.anyone(cast.force(), dice, Set.of(cast.suspect()));
        Officer officer = cast.officer();
        Prose prose = new Prose(scribe, dice.chance(0.5) ? NameStyle.UPPER : NameStyle.POLICE);
        String statementOf = scribe.name(narrator, NameStyle.POLICE);
        String title = "Witness statement of " + statementOf;
        TextDocument.Builder doc = TextDocument.builder(title, marking, handling, Scribe.label(officer), taken)
                .field("URN", urn)
                .field("Statement of", statementOf)
                .field("Age if under 18", "Over 18");
        if (!brief) {
            doc.field("Date of birth", scribe.dateOfBirth(narrator)).field("Occupation", narrator.occupation());
        }
        List<String> account = Narratives.account(prose, cast, narrator, brief);
        doc.paragraph(DECLARATION);
        account.forEach(doc::paragraph);
        doc.field("Signature", scribe.name(narrator, NameStyle.INITIAL))
                .field("Date", Prose.date(taken))
                .field("Statement taken by", scribe.officer(officer) + ", " + officer.unit());
        return new Written(doc.build(), account, title);
    }

    /** A URN in the CPS style: force code, reference and year. */
    static String urn(Context ctx) {
        return "46/" + ctx.force().prefix() + "/" + String.format(Locale.ROOT, "%06d", ctx.slot().index()) + "/"
                + String.format(Locale.ROOT, "%02d", ctx.created().getYear() % 100);
    }
}
