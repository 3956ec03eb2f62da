package org.crossforce.entities;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches the weapon and drug term lists against text: a character trie walked from each word
 * start, so the cost per character stays flat however long the lists grow, and the longest term
 * at a place wins ("zombie knife" over "knife").
 */
final class Terms {

    static final String EXTRACTOR = "terms";

    private static final int CONTEXT_WINDOW = 60;

    private static final Map<EntityType, Set<String>> CONTEXT_WORDS = Map.of(
            EntityType.DRUG, Set.of("drug", "drugs", "deal", "deals", "dealer", "dealers", "dealing", "dealt", "wrap",
                    "wraps", "supply", "supplying", "supplied", "supplier", "sell", "sells", "selling", "sold", "buy",
                    "buying", "smoke", "smokes", "smoked", "smoking", "bag", "bags", "baggie", "baggies", "gram",
                    "grams", "ounce", "ounces", "scored", "scoring", "user", "users", "addict", "addicts", "addicted",
                    "addiction", "possession", "possess", "misuse", "stash", "class"),
            EntityType.WEAPON, Set.of("weapon", "weapons", "armed", "stab", "stabbed", "stabbing", "threatened",
                    "threatening", "brandished", "brandishing", "carrying", "carried", "concealed", "waistband",
                    "offensive", "attack", "attacked"));

    private static final Terms STANDARD = new Terms(TermLists.standard());

    private final Node root = new Node();
    private final Node[] ascii = new Node[128];
    private final Map<String, Term> byTerm = new HashMap<>();
    private final Map<EntityType, Map<String, String>> categories = new EnumMap<>(EntityType.class);

    Terms(List<Term> terms) {
        for (Term term : terms) {
            Term earlier = byTerm.putIfAbsent(term.term(), term);
            if (earlier != null) {
                throw new IllegalStateException("The term \"" + term.term() + "\" is listed twice");
            }
            if (!term.blocks()) {
                String category = categories.computeIfAbsent(term.type(), t -> new HashMap<>())
                        .putIfAbsent(term.canonical(), term.category());
                if (category != null && !category.equals(term.category())) {
                    throw new IllegalStateException(term.type().label() + " \"" + term.canonical()
                            + "\" is put in two categories: " + category + " and " + term.category());
                }
            }
            add(term);
        }
        for (char c = 0; c < 128; c++) {
            ascii[c] = root.child(c);
        }
    }

    static Terms standard() {
        return STANDARD;
    }

    private void add(Term term) {
        Node node = root;
        for (char c : term.term().toCharArray()) {
            node = node.childOrNew(c);
        }
        node.term = term;
    }

    /** The term a whole query names, such as "crack" or "zombie knives"; phrases that are not entities name none. */
    Optional<Term> exact(String query) {
        Term term = byTerm.get(TermLists.normalise(query));
        return term == null || term.blocks() ? Optional.empty() : Optional.of(term);
    }

    /** The category of a canonical weapon or drug, or null. */
    String category(EntityType type, String canonical) {
        Map<String, String> byCanonical = categories.get(type);
        return byCanonical == null ? null : byCanonical.get(canonical);
    }

    void find(String text, List<Mention> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Chars.isWord(c)) {
                i++;
                continue;
            }
            Node first = c < 128 ? ascii[Chars.lower(c)] : root.child(Chars.lower(c));
            Match match = first == null ? null : longest(text, i, first);
            if (match != null) {
                Term term = match.term();
                if (!term.blocks() && !nickname(text, i, match.end())
                        && (!term.needsContext() || hasContext(text, i, match.end(), term.type()))) {
                    out.add(new Mention(term.type(), i, match.end(), text.substring(i, match.end()), term.canonical(),
                            EXTRACTOR));
                }
                i = match.end();
                continue;
            }
            do {
                i++;
            } while (i < n && Chars.isWord(text.charAt(i)));
        }
    }

    private record Match(Term term, int end) {
    }

    /** The longest term starting at a word start {@code i}, ending at a word end, or null. */
    private static Match longest(String text, int i, Node first) {
        int n = text.length();
        Node node = first;
        int j = i + 1;
        Match best = null;
        while (true) {
            if (node.term != null && !Chars.wordAt(text, j)) {
                best = new Match(node.term, j);
            }
            if (j >= n) {
                return best;
            }
            char c = text.charAt(j);
            if (Character.isWhitespace(c) || c == '-' || c == '\u00A0') {
                Node next = node.child(' ');
                if (next == null) {
                    return best;
                }
                int hyphens = 0;
                while (j < n && (Character.isWhitespace(text.charAt(j)) || text.charAt(j) == '-'
                        || text.charAt(j) == '\u00A0')) {
                    if (text.charAt(j) == '-' && ++hyphens > 1) {
                        return best;
                    }
                    j++;
                }
                node = next;
            } else {
                Node next = node.child(Chars.lower(c));
                if (next == null) {
                    return best;
                }
                node = next;
                j++;
            }
        }
    }

    /** Drug or weapon talk in the same sentence, near a term that is ordinary English too often to count alone. */
    private boolean hasContext(String text, int start, int end, EntityType type) {
        int from = start;
        while (from > 0 && start - from < CONTEXT_WINDOW && !sentenceEnds(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < CONTEXT_WINDOW && !sentenceEnds(text, to)) {
            to++;
        }
        Set<String> words = CONTEXT_WORDS.getOrDefault(type, Set.of());
        if (Chars.words(text, from, start).stream().anyMatch(words::contains)
                || Chars.words(text, end, to).stream().anyMatch(words::contains)) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (i == start || !Chars.isWord(text.charAt(i)) || Chars.wordBefore(text, i)) {
                continue;
            }
            Node first = root.child(Chars.lower(text.charAt(i)));
            Match match = first == null ? null : longest(text, i, first);
            if (match != null && match.term().type() == type && !match.term().blocks()
                    && !match.term().needsContext()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Kaz aka "Bullet", known as Skunk: a street name for a person, not the thing. Crossforce
     * links people through their aliases elsewhere.
     */
    private static boolean nickname(String text, int start, int end) {
        if (!Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        if (isQuote(Chars.at(text, start - 1)) && isQuote(Chars.at(text, end))) {
            return true;
        }
        List<String> before = Chars.words(text, start - 12, start);
        int n = before.size();
        return (n >= 1 && before.get(n - 1).equals("aka"))
                || (n >= 2 && before.get(n - 1).equals("as") && before.get(n - 2).equals("known"));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** "A crack in the window. Found wraps of heroin": the next sentence's drugs are not this one's context. */
    private static boolean sentenceEnds(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == ';' || c == '\n') {
            return true;
        }
        return c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static final class Node {
        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private Term term;

        Node child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) {
                if (k[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node childOrNew(char c) {
            Node child = child(c);
            if (child == null) {
                child = new Node();
                keys = Arrays.copyOf(keys, keys.length + 1);
                keys[keys.length - 1] = c;
                children = Arrays.copyOf(children, children.length + 1);
                children[children.length - 1] = child;
            }
            return child;
        }
    }
}
