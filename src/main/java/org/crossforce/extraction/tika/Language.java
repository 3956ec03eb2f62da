package org.crossforce.extraction.tika;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small language guesser from the commonest words of the languages a UK force meets most in
 * Latin script (single letters left out: they belong to too many languages). No new dependency;
 * it says nothing rather than guess on little or mixed text.
 */
final class Language {

    private static final int SAMPLE = 20_000;
    private static final int MIN_HITS = 5;

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "was", "that", "with", "for", "he", "she", "his", "her",
                    "at", "on", "this", "have", "had", "from", "they", "not", "are", "were", "been", "which"),
            "fr", Set.of("le", "la", "les", "et", "est", "une", "des", "du", "que", "qui", "dans", "pour", "pas",
                    "sur", "avec", "il", "elle", "au", "aux", "ce", "mais", "sont", "été", "nous", "vous"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "mit", "sich",
                    "des", "auf", "für", "im", "dem", "auch", "es", "sie", "wir", "war", "wurde", "ich", "von"),
            "es", Set.of("el", "los", "las", "pues", "es", "una", "que", "por", "con", "para", "del", "se", "como",
                    "pero", "su", "al", "lo", "más", "fue", "está", "muy", "sus", "yo", "ella", "este"),
            "it", Set.of("il", "che", "di", "della", "non", "sono", "una", "per", "con", "gli", "del", "nel",
                    "anche", "come", "più", "questo", "alla", "essere", "ha", "ma", "ho", "lui", "lei", "era", "dei"),
            "nl", Set.of("de", "het", "een", "en", "van", "ik", "niet", "dat", "is", "op", "te", "zijn", "met",
                    "voor", "hij", "maar", "ook", "als", "wat", "bij", "nog", "wordt", "werd", "heeft", "naar"),
            "pt", Set.of("isso", "os", "as", "não", "uma", "um", "que", "com", "para", "do", "da", "dos", "das",
                    "em", "no", "na", "mais", "foi", "ele", "ela", "mas", "está", "são", "seu", "sua"),
            "pl", Set.of("nie", "się", "jest", "na", "że", "to", "do", "jak", "ale", "tak", "po", "od", "czy",
                    "był", "była", "przez", "dla", "jego", "jej", "tym", "są", "już", "ja", "co", "też"),
            "ro", Set.of("și", "nu", "este", "care", "pe", "cu", "un", "însă", "din", "pentru", "la", "mai", "sunt",
                    "fost", "dar", "ce", "lui", "au", "acest", "această", "sau", "către", "el", "ea", "avea"),
            "cy", Set.of("yr", "ac", "yn", "ei", "ydy", "ydw", "dros", "hwn", "hon", "oedd", "mae", "roedd",
                    "gan", "ar", "am", "wedi", "bod", "hi", "fe", "ddim", "hefyd", "neu", "gyda", "hyn", "ond", "fy", "eu"));

    private Language() {
    }

    /** Each stopword with the languages it belongs to, so that each word of a text is looked up once. */
    private static final Map<String, List<String>> LANGUAGES_OF = languagesOf();

    private static Map<String, List<String>> languagesOf() {
        Map<String, List<String>> of = new HashMap<>();
        STOPWORDS.forEach((language, words) -> words.forEach(
                word -> of.computeIfAbsent(word, w -> new ArrayList<>()).add(language)));
        return Map.copyOf(of);
    }

    /** @return an ISO 639-1 code, or null when the text is too short or too mixed to tell */
    static String detect(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int end = Math.min(text.length(), SAMPLE);
        Map<String, Integer> hits = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= end; i++) {
            char c = i < end ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                List<String> languages = LANGUAGES_OF.get(word.toString());
                if (languages != null) {
                    languages.forEach(language -> hits.merge(language, 1, Integer::sum));
                }
                word.setLength(0);
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > first) {
                second = first;
                first = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > second) {
                second = entry.getValue();
            }
        }
        return first >= MIN_HITS && first >= 2 * second ? best : null;
    }

    /** "en-GB", "EN_gb" and "eng" give "en" when the code is two letters; else null. */
    static String fromCode(String code) {
        if (code == null) {
            return null;
        }
        String language = code.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return language.matches("[a-z]{2}") ? language : null;
    }
}
