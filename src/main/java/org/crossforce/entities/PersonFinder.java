package org.crossforce.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crossforce.entities.NameTokens.Shape;
import org.crossforce.entities.NameTokens.Token;

/**
 * Finds people named in free text by the way police and the public write them: a title or rank
 * before the name ("DC Sarah Harrow", "PC 4471 Jenkins"), a surname in capitals ("Kyle
 * BRATHWAITE"), "SURNAME, Forename" in a field, initials ("H K Gill"), a known forename, role
 * words ("the suspect Ionut Popa", "aka "Tiny""), words after a name ("Okafor said"), and names
 * of any origin written as two or more words that are not English. A name found once in a
 * document is then found again wherever it recurs there ("Okafor", "Sarah").
 *
 * <p>A name is never taken from a street, a building, a business or a car ("Kingsley Road",
 * "McAllister Joinery", "Vauxhall Corsa"), nor from a lone word after a preposition of place
 * ("in Harrow").
 */
final class PersonFinder {

    static final String EXTRACTOR = "person";

    private final PersonLexicon words;

    PersonFinder(PersonLexicon words) {
        this.words = words;
    }

    void find(String text, List<Mention> found) {
        List<Token> tokens = NameTokens.of(text);
        List<Run> runs = runs(tokens);
        List<Run> names = new ArrayList<>();
        List<Run> undecided = new ArrayList<>();
        for (Run run : runs) {
            switch (judge(run, tokens, text)) {
                case NAME -> names.add(run);
                case MAYBE -> undecided.add(run);
                case NOT -> { }
            }
        }
        coordinated(names, undecided, tokens);
        Set<String> known = new HashSet<>();
        for (Run name : names) {
            // "Hackney Children's Social Care" read as a name must not make every "Hackney" a person; "Mr Kent" may.
            boolean vouched = places(name.tokens);
            for (Token t : name.tokens) {
                if (t.shape() != Shape.INITIAL && !words.particle(t.lower()) && t.lower().length() > 1
                        && (vouched || !words.place(t.lower()))) {
                    known.add(t.lower());
                }
            }
        }
        for (Run run : undecided) {
            if (recurs(run, known, tokens)) {
                names.add(run);
            }
        }
        for (Run name : names) {
            int start = name.tokens.getFirst().start();
            int end = name.tokens.getLast().end();
            String written = text.substring(start, end);
            String value = PersonNames.normalise(written);
            if (!value.isEmpty()) {
                found.add(new Mention(EntityType.PERSON, start, end, written, value, EXTRACTOR));
            }
        }
    }

    private enum Verdict { NAME, MAYBE, NOT }

    /** Consecutive words that could make one name, and where they sit in the token list. */
    private static final class Run {
        final List<Token> tokens = new ArrayList<>();
        int first;
        boolean inverted;

        int last() {
            return first + tokens.size() - 1;
        }
    }

    private List<Run> runs(List<Token> tokens) {
        List<Run> runs = new ArrayList<>();
        Run run = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean part = namePart(t, tokens, i);
            if (run != null && part && joins(run, tokens.get(i - 1), t, tokens, i)) {
                run.tokens.add(t);
            } else {
                close(run, runs);
                run = null;
                if (part && !(words.particle(t.lower()) && t.shape() == Shape.LOWER && !nextIsName(tokens, i))) {
                    run = new Run();
                    run.first = i;
                    run.tokens.add(t);
                }
            }
            if (run != null && t.possessive()) {
                close(run, runs);
                run = null;
            }
        }
        close(run, runs);
        return runs;
    }

    private void close(Run run, List<Run> runs) {
        if (run == null) {
            return;
        }
        // A particle ends no name: "Smith de" is "Smith".
        while (run.tokens.size() > 1 && words.particle(run.tokens.getLast().lower())
                && run.tokens.getLast().shape() == Shape.LOWER) {
            run.tokens.removeLast();
        }
        // "Yesterday Kyle Smith": an ordinary word starting a sentence is not part of the name after it;
        // "CSI Fenella Brookes": nor is an abbreviation before a capitalised name.
        while (run.tokens.size() > 1 && (leadingOrdinary(run.tokens.getFirst()) || leadingAbbreviation(run))) {
            run.tokens.removeFirst();
            run.first++;
        }
        runs.add(run);
    }

    private static boolean leadingAbbreviation(Run run) {
        Token first = run.tokens.getFirst();
        return !run.inverted && !first.shouting() && first.shape() == Shape.UPPER
                && run.tokens.get(1).shape() == Shape.CAPITALISED;
    }

    private boolean leadingOrdinary(Token t) {
        return t.sentenceStart() && t.shape() == Shape.CAPITALISED && words.common(t.lower())
                && !words.forename(t.lower());
    }

    private boolean namePart(Token t, List<Token> tokens, int i) {
        if (t.shape() == Shape.LOWER) {
            return words.particle(t.lower()) && nextIsName(tokens, i);
        }
        if (!t.nameShaped() || words.never(t.lower()) || isTitle(t)) {
            return false;
        }
        if (t.shouting()) {
            // In capitals only the words that are not English can be names.
            return !words.english(t.lower());
        }
        return t.shape() != Shape.UPPER || !acronym(t);
    }

    private boolean nextIsName(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && (tokens.get(i + 1).shape() == Shape.CAPITALISED
                || tokens.get(i + 1).shape() == Shape.UPPER);
    }

    /** Two capitals or three without a vowel are an abbreviation, not a surname: "IC", "RTC". */
    private boolean acronym(Token t) {
        if (words.particle(t.lower())) {
            return false;
        }
        if (t.text().length() <= 2) {
            return true;
        }
        return t.text().length() == 3 && t.lower().chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private boolean joins(Run run, Token previous, Token t, List<Token> tokens, int i) {
        String gap = gap(tokens, i);
        if (t.lineStart() || run.tokens.size() >= 6) {
            return false;
        }
        if (gap.isBlank() && gap.length() <= 2) {
            return true;
        }
        if (previous.shape() == Shape.INITIAL && (gap.equals(". ") || gap.equals("."))) {
            return true;
        }
        // "OYELARAN, Babatunde Adewale" and "Marshall, D.": a surname first, then the forenames.
        if (gap.equals(", ") && !run.inverted && run.tokens.size() <= 2 && inverts(run, t, tokens, i)) {
            run.inverted = true;
            return true;
        }
        return false;
    }

    private boolean inverts(Run run, Token t, List<Token> tokens, int i) {
        boolean surnameInCapitals = run.tokens.stream().allMatch(x -> x.shape() == Shape.UPPER) && !t.shouting();
        boolean inAField = run.tokens.getFirst().gapBefore().contains(":");
        if ((surnameInCapitals || inAField) && t.shape() == Shape.CAPITALISED) {
            return true;
        }
        if (run.tokens.size() == 1 && run.tokens.getFirst().shape() == Shape.CAPITALISED && t.shape() == Shape.INITIAL) {
            // Only initials after the comma, then the end of the name.
            int j = i;
            while (j < tokens.size() && tokens.get(j).shape() == Shape.INITIAL) {
                j++;
            }
            return j == tokens.size() || !tokens.get(j).nameShaped() || tokens.get(j).lineStart();
        }
        return false;
    }

    private Verdict judge(Run run, List<Token> tokens, String text) {
        List<Token> name = run.tokens.stream().filter(t -> !words.particle(t.lower()) || t.shape() != Shape.LOWER).toList();
        if (name.isEmpty()) {
            return Verdict.NOT;
        }
        Token before = run.first > 0 ? tokens.get(run.first - 1) : null;
        Token after = run.last() + 1 < tokens.size() ? tokens.get(run.last() + 1) : null;
        if (before != null && (before.lower().equals("st") || before.lower().equals("saint"))
                && before.shape() != Shape.LOWER) {
            return Verdict.NOT;
        }
        boolean titled = titled(run, tokens);
        boolean label = labelled(run, tokens);
        if (quotedAlias(run, tokens, text)) {
            return Verdict.NAME;
        }
        // "Kingsley Road", "Victoria Station"; but "Tyler's school" is a person's.
        if (after != null && words.endsSomethingElse(after.lower()) && sameLine(after)
                && gap(tokens, run.last() + 1).isBlank() && !label && !run.tokens.getLast().possessive()) {
            return Verdict.NOT;
        }
        // "Kingsley Road", "Dalby Square": the run itself ends in a word for a place or a business.
        Token lastWord = run.tokens.getLast();
        if (run.tokens.size() >= 2 && words.endsSomethingElse(lastWord.lower())
                && (words.strictlyNotAName(lastWord.lower()) || !words.forename(run.tokens.getFirst().lower()))) {
            return Verdict.NOT;
        }
        if (name.size() > 4 && !titled && !label) {
            return Verdict.NOT;
        }
        if (name.getLast().shape() == Shape.INITIAL && !run.inverted) {
            return Verdict.NOT;
        }
        // "Kent", "Hackney", "Walthamstow, London": a place, unless a title or a label says otherwise, or the
        // document names someone so elsewhere.
        if (!titled && !label && places(name)) {
            return Verdict.MAYBE;
        }
        if (titled || label || run.inverted) {
            return Verdict.NAME;
        }
        if (shapeSaysName(name)) {
            return Verdict.NAME;
        }
        boolean place = before != null && !run.tokens.getLast().possessive()
                && (name.size() == 1 ? words.placeBefore(before.lower()) : words.strongPlaceBefore(before.lower()));
        Token firstWord = name.getFirst();
        boolean ordinaryOnly = name.stream().allMatch(t -> t.shape() == Shape.INITIAL || words.common(t.lower()));
        boolean cue = cueBefore(run, tokens) || cueAfter(run, tokens);
        if (name.size() >= 2 && firstWord.shape() == Shape.INITIAL) {
            Token surname = name.getLast();
            return !words.common(surname.lower()) || cue ? Verdict.NAME : Verdict.MAYBE;
        }
        if (place && !cue) {
            return Verdict.MAYBE;
        }
        boolean forename = words.forename(firstWord.lower());
        boolean plainForename = forename && !words.common(firstWord.lower());
        if (name.size() >= 2 && plainForename) {
            return Verdict.NAME;
        }
        if (name.size() >= 2 && forename && !words.common(name.getLast().lower())) {
            return Verdict.NAME;
        }
        // "Oluwaseun Adebayo", "Aaliyah Rose Mensah": a name of any origin begins and ends with words that are not English.
        if (name.size() >= 2 && !words.common(firstWord.lower()) && !words.common(name.getLast().lower())) {
            return Verdict.NAME;
        }
        if (name.size() == 1 && plainForename && !firstWord.shouting()) {
            return Verdict.NAME;
        }
        if (cue && (!ordinaryOnly || name.size() >= 2 || forename)) {
            return Verdict.NAME;
        }
        return Verdict.MAYBE;
    }

    private boolean places(List<Token> name) {
        StringBuilder joined = new StringBuilder();
        boolean every = true;
        for (Token t : name) {
            joined.append(joined.isEmpty() ? "" : " ").append(t.lower());
            every &= words.place(t.lower());
        }
        return every || words.place(joined.toString());
    }

    /** "Kyle BRATHWAITE": a capitalised forename and a surname in capitals, as police write them. */
    private boolean shapeSaysName(List<Token> name) {
        if (name.size() < 2 || name.getFirst().shouting()) {
            return false;
        }
        boolean capitalised = false;
        for (Token t : name) {
            if (t.shape() == Shape.CAPITALISED) {
                capitalised = true;
            } else if (t.shape() == Shape.UPPER && capitalised && !acronym(t)) {
                return true;
            }
        }
        return false;
    }

    /** Titles and ranks just before the run, perhaps with a collar number: "DC", "PC 4471", "Det Sgt". */
    private boolean titled(Run run, List<Token> tokens) {
        int i = run.first - 1;
        if (i >= 0 && tokens.get(i).shape() == Shape.NUMBER && sameLine(tokens.get(i + 1))) {
            i--;
        }
        return i >= 0 && isTitle(tokens.get(i)) && !tokens.get(i + 1).lineStart();
    }

    private boolean isTitle(Token t) {
        boolean capitalised = t.shape() == Shape.CAPITALISED || t.shape() == Shape.UPPER;
        return (capitalised || t.lower().length() <= 3) && words.title(t.lower(), capitalised);
    }

    /** A field label just before: "Name: ", "Suspect 1: ", "From: ". */
    private boolean labelled(Run run, List<Token> tokens) {
        int i = run.first - 1;
        String gap = gap(tokens, run.first);
        if (!gap.contains(":") || gap.contains("\n")) {
            return false;
        }
        if (i >= 0 && tokens.get(i).shape() == Shape.NUMBER) {
            i--;
        }
        return i >= 0 && words.cueBefore(tokens.get(i).lower(), true);
    }

    private boolean cueBefore(Run run, List<Token> tokens) {
        int i = run.first - 1;
        if (i < 0 || tokens.get(run.first).lineStart()) {
            return false;
        }
        Token before = tokens.get(i);
        if (words.cueBefore(before.lower(), false)) {
            return true;
        }
        // "spoke to Okafor", "known as Tiny"
        if (i >= 1 && (before.lower().equals("to") || before.lower().equals("with") || before.lower().equals("as"))) {
            return words.cueBefore(tokens.get(i - 1).lower(), false) || tokens.get(i - 1).lower().equals("known");
        }
        return false;
    }

    private boolean cueAfter(Run run, List<Token> tokens) {
        int i = run.last() + 1;
        if (run.tokens.getLast().possessive()) {
            return true;
        }
        if (i >= tokens.size() || tokens.get(i).lineStart()) {
            return false;
        }
        Token after = tokens.get(i);
        String gap = gap(tokens, i);
        if (gap.contains("(")) {
            // "Okafor (34)", "Okafor (DOB 01/02/1990)", "Okafor (S1)"
            return after.shape() == Shape.NUMBER || words.cueAfter(after.lower()) || words.never(after.lower());
        }
        return gap.isBlank() && words.cueAfter(after.lower());
    }

    /** aka "Tiny", the "Kenzo" line: a quoted name after an alias word or before "line". */
    private boolean quotedAlias(Run run, List<Token> tokens, String text) {
        int start = run.tokens.getFirst().start();
        int end = run.tokens.getLast().end();
        if (start == 0 || end >= text.length() || !isQuote(text.charAt(start - 1)) || !isQuote(text.charAt(end))) {
            return false;
        }
        int before = run.first - 1;
        if (before >= 0) {
            String word = tokens.get(before).lower();
            boolean knownAs = word.equals("as") && before >= 1 && tokens.get(before - 1).lower().equals("known");
            if (knownAs || word.equals("aka") || word.equals("a.k.a") || word.equals("k") || word.equals("alias")
                    || word.equals("nickname") || word.equals("called") || word.equals("named")
                    || word.equals("as")) {
                return true;
            }
        }
        int after = run.last() + 1;
        return after < tokens.size() && tokens.get(after).lower().startsWith("line");
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '”' || c == '‘' || c == '’';
    }

    /** "Artan and Besnik Kola", "Besnik Kola and Artan": a lone unusual word joined by "and" to a name. */
    private void coordinated(List<Run> names, List<Run> undecided, List<Token> tokens) {
        Set<Integer> starts = new HashSet<>();
        Set<Integer> ends = new HashSet<>();
        for (Run name : names) {
            starts.add(name.first);
            ends.add(name.last());
        }
        for (java.util.Iterator<Run> it = undecided.iterator(); it.hasNext();) {
            Run run = it.next();
            Token only = run.tokens.getFirst();
            if (run.tokens.size() != 1 || only.shape() != Shape.CAPITALISED || words.common(only.lower())) {
                continue;
            }
            boolean before = run.last() + 2 < tokens.size() && and(tokens.get(run.last() + 1))
                    && starts.contains(run.last() + 2);
            boolean after = run.first >= 2 && and(tokens.get(run.first - 1)) && ends.contains(run.first - 2);
            if (before || after) {
                names.add(run);
                it.remove();
            }
        }
    }

    private static boolean and(Token t) {
        return t.lower().equals("and") && !t.lineStart();
    }

    /** A word of a name found elsewhere in the document: "Okafor" after "Mr Okafor". */
    private boolean recurs(Run run, Set<String> known, List<Token> tokens) {
        boolean any = false;
        for (Token t : run.tokens) {
            if (words.particle(t.lower()) && t.shape() == Shape.LOWER) {
                continue;
            }
            if (t.shape() == Shape.INITIAL || !known.contains(t.lower())) {
                return false;
            }
            // "Brown" or "Harrow" starting a sentence may be the word, not the person.
            if (words.common(t.lower()) && t.sentenceStart() && t.shape() == Shape.CAPITALISED) {
                return false;
            }
            any = true;
        }
        Token before = run.first > 0 ? tokens.get(run.first - 1) : null;
        boolean place = before != null && words.strongPlaceBefore(before.lower())
                && !run.tokens.getLast().possessive();
        return any && !place;
    }

    private static boolean sameLine(Token t) {
        return !t.lineStart();
    }

    /** The characters between token i - 1 (its possessive included) and token i. */
    private static String gap(List<Token> tokens, int i) {
        return i == 0 ? "" : tokens.get(i).gapBefore();
    }
}
