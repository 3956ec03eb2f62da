package org.crossforce.corpus.documents;

import java.util.List;
import java.util.Map;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.render.DocxRenderer;
import org.crossforce.corpus.render.Images;
import org.crossforce.corpus.render.PdfRenderer;
import org.crossforce.corpus.render.ScanRenderer;
import org.crossforce.corpus.writing.Scribe;

/** Witness statements as typed documents (DOCX, text PDF) and as scans (image-only PDF, PNG). */
final class WitnessStatements {

    private WitnessStatements() {
    }

    static Made typed(Context ctx) {
        Cast cast = Casting.cast(ctx.population(), ctx.force(), ctx.dice().fork("cast"), ctx.created());
        Scribe scribe = new Scribe(ctx.dice().fork("text"));
        Statements.Written statement = Statements.write(scribe, cast, ctx.population(), ctx.dice().fork("narrator"),
                ctx.created(), Statements.urn(ctx), ctx.marking(), ctx.handling(), false);
        byte[] bytes = ctx.slot().kind() == Kind.WITNESS_STATEMENT_DOCX ? DocxRenderer.render(statement.document())
                : PdfRenderer.render(statement.document(), ctx.path());
        return new Made(bytes, statement.title(), ctx.marking(), ctx.handling(), null, ctx.created(),
                Map.of("occurrence", cast.occurrence().label(), "urn", Statements.urn(ctx)),
                List.of(Phrases.text(statement.account(), ctx.dice(), null)), scribe.mentions());
    }

    /** A short statement that fits one page, scanned: the text exists only as pixels. */
    static Made scanned(Context ctx) {
        Cast cast = Casting.cast(ctx.population(), ctx.force(), ctx.dice().fork("cast"), ctx.created());
        Scribe scribe = new Scribe(ctx.dice().fork("text"));
        Statements.Written statement = Statements.write(scribe, cast, ctx.population(), ctx.dice().fork("narrator"),
                ctx.created(), Statements.urn(ctx), ctx.marking(), ctx.handling(), true);
        Dice paper = ctx.dice().fork("scan");
        var image = ScanRenderer.render(statement.document(), paper);
        byte[] bytes = ctx.slot().kind() == Kind.SCANNED_STATEMENT_PNG ? Images.png(image)
                : PdfRenderer.scanned(statement.document(), List.of(image), ctx.path());
        return new Made(bytes, statement.title(), ctx.marking(), ctx.handling(), null, ctx.created(),
                Map.of("occurrence", cast.occurrence().label(), "urn", Statements.urn(ctx), "ocrOnly", true),
                List.of(Phrases.ocr(statement.account(), ctx.dice(), null)), scribe.mentions());
    }
}
