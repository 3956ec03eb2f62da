package org.crossforce.corpus.documents;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossforce.corpus.population.CorpusForce;
import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Officer;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.render.DocxRenderer;
import org.crossforce.corpus.render.MimeWriter;
import org.crossforce.corpus.render.PdfRenderer;
import org.crossforce.corpus.render.StableZip;
import org.crossforce.corpus.writing.Expected;
import org.crossforce.corpus.writing.NameStyle;
import org.crossforce.corpus.writing.Scribe;

/**
 * Emails between forces and from the public: a referral from one force to another, or a member
 * of the public reporting something. Some carry a statement (DOCX or PDF), some a ZIP with a
 * statement and a phone photo inside, which is the nesting extraction has to unpack.
 */
final class Emails {

    private static final DateTimeFormatter PHOTO_NAME = DateTimeFormatter.ofPattern("'IMG_'yyyyMMdd'_'HHmmss'.jpg'");

    private Emails() {
    }

    static Made make(Context ctx) {
        Dice dice = ctx.dice();
        Cast cast = Casting.cast(ctx.population(), ctx.force(), dice.fork("cast"), ctx.created().minusDays(2));
        Scribe scribe = new Scribe(dice.fork("text"));
        Prose prose = new Prose(scribe, dice.chance(0.5) ? NameStyle.POLICE : NameStyle.PLAIN);
        boolean fromPublic = cast.witness() != null && cast.witness().email() != null && dice.chance(0.3);
        Officer recipient = cast.officer();
        List<String> sentences = new ArrayList<>();
        String from;
        String to;
        String subject;
        StringBuilder body = new StringBuilder();
        body.append(ctx.marking()).append("\n\n").append(org.crossforce.corpus.render.TextDocument.BANNER).append('\n')
                .append("Handling code: ").append(ctx.handling()).append("\n\n");
        if (fromPublic) {
            Person writer = cast.witness();
            from = writer.forename() + " " + writer.surname() + " <" + writer.email() + ">";
            to = "Crime reporting <report@" + ctx.force().mailDomain() + ">";
            subject = "Reporting " + cast.occurrence().label().toLowerCase(Locale.UK) + " near " + cast.scene().street();
            body.append("Hello,\n\n");
            sentences.addAll(Narratives.account(prose, cast, writer, false));
            body.append(String.join(" ", sentences)).append("\n\n");
            body.append("Thanks,\n").append(scribe.name(writer, NameStyle.PLAIN)).append('\n').append(scribe.email(writer)).append('\n');
        } else {
            Officer sender = ctx.population().officer(other(ctx.force(), dice), dice);
            from = Scribe.label(sender) + " <" + sender.email() + ">";
            to = recipient.forename() + " " + recipient.surname() + " <" + recipient.email() + ">";
            subject = "Possible link: " + cast.suspect().surname().toUpperCase(Locale.UK) + " / "
                    + cast.occurrence().label().toLowerCase(Locale.UK);
            body.append("Hi ").append(recipient.forename()).append(",\n\n");
            sentences.add("I think one of your nominals may be involved in " + Prose.a(cast.occurrence().label()
                    .toLowerCase(Locale.UK)) + " we are dealing with at " + scribe.address(cast.scene()) + ".");
            sentences.addAll(Narratives.circumstances(prose, cast));
            sentences.addAll(Narratives.enquiries(prose, cast, ctx.population()));
            body.append(String.join(" ", sentences)).append("\n\n");
            body.append("Could you check your systems for anything that matches and let me know?\n\n")
                    .append("Thanks,\n").append(scribe.officer(sender)).append('\n').append(sender.unit()).append('\n');
            if (sender.phone() != null) {
                body.append("Tel: ").append(scribe.phone(sender.phone())).append('\n');
            }
            body.append(scribe.email(sender)).append('\n');
        }
        body.append('\n').append(ctx.marking()).append('\n');

        List<Expected> expected = new ArrayList<>(List.of(Phrases.text(sentences, dice, null)));
        List<MimeWriter.Attachment> attachments = new ArrayList<>();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("occurrence", cast.occurrence().label());
        if (ctx.slot().kind() != Kind.EMAIL) {
            attachments.add(attachment(ctx, cast, scribe, dice, expected, facts));
        }
        String messageId = "corpus-" + ctx.slot().index() + "@" + ctx.force().mailDomain();
        byte[] bytes = MimeWriter.write(new MimeWriter.Message(from, to, null, ctx.created(), subject, messageId,
                ctx.marking(), ctx.handling(), body.toString(), attachments));
        return new Made(bytes, subject, ctx.marking(), ctx.handling(), null, ctx.created(), facts, expected,
                scribe.mentions());
    }

    private static MimeWriter.Attachment attachment(Context ctx, Cast cast, Scribe scribe, Dice dice,
            List<Expected> expected, Map<String, Object> facts) {
        boolean pdf = dice.chance(0.5);
        String statementName = "MG11-" + cast.force().prefix() + "-" + ctx.slot().index() + (pdf ? ".pdf" : ".docx");
        ZonedDateTime taken = ctx.created().minusHours(dice.between(2, 30));
        if (ctx.slot().kind() == Kind.EMAIL_WITH_ATTACHMENT) {
            byte[] statement = statement(ctx, cast, scribe.part(statementName), dice, taken, pdf, statementName,
                    expected, statementName);
            facts.put("attachments", List.of(statementName));
            return new MimeWriter.Attachment(statementName, MimeWriter.contentType(statementName), statement);
        }
        String zipName = "evidence-" + cast.force().prefix() + "-" + ctx.slot().index() + ".zip";
        String statementPart = zipName + "/" + statementName;
        byte[] statement = statement(ctx, cast, scribe.part(statementPart), dice, taken, pdf, statementName, expected,
                statementPart);
        ZonedDateTime snapped = taken.minusHours(dice.between(1, 12));
        String photoName = PHOTO_NAME.format(snapped);
        Photos.Shot shot = Photos.shoot(cast, scribe.part(zipName + "/" + photoName), dice.fork("photo"), snapped,
                ctx.population().vehicle(dice));
        expected.add(new Expected(shot.expected(), "ocr", zipName + "/" + photoName));
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put(statementName, statement);
        members.put(photoName, shot.bytes());
        facts.put("attachments", List.of(zipName, statementPart, zipName + "/" + photoName));
        facts.put("gps", shot.gps());
        return new MimeWriter.Attachment(zipName, MimeWriter.contentType(zipName),
                StableZip.zip(members, ctx.created().toLocalDateTime()));
    }

    private static byte[] statement(Context ctx, Cast cast, Scribe scribe, Dice dice, ZonedDateTime taken, boolean pdf,
            String name, List<Expected> expected, String part) {
        Statements.Written written = Statements.write(scribe, cast, ctx.population(), dice.fork("narrator"), taken,
                Statements.urn(ctx), ctx.marking(), ctx.handling(), false);
        expected.add(Phrases.text(written.account(), dice, part));
        return pdf ? PdfRenderer.render(written.document(), ctx.path() + "/" + name) : DocxRenderer.render(written.document());
    }

    private static CorpusForce other(CorpusForce own, Dice dice) {
        CorpusForce[] all = CorpusForce.values();
        CorpusForce other = all[dice.below(all.length)];
        return other == own ? all[(other.ordinal() + 1) % all.length] : other;
    }
}
