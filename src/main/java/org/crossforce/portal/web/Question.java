package org.crossforce.portal.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page of the form as the question template draws it, in the manner of the GOV.UK design
 * system: a caption, a question as the heading, its fields, and the errors above them all.
 */
record Question(String step, String caption, String title, String hint, List<Field> fields, String back,
        Map<String, String> errors) {

    /**
     * @param type radios, checkboxes, text, email, tel, textarea or date
     * @param heading the field is the page's question itself: its label is the heading
     */
    record Field(String type, String name, String label, String hint, List<Option> options, String value,
            Set<String> values, Map<String, String> parts, String autocomplete, String width, boolean heading) {

        static Field text(String type, String name, String label, String hint, String value, String autocomplete,
                String width) {
            return new Field(type, name, label, hint, List.of(), value, Set.of(), Map.of(), autocomplete, width, false);
        }

        static Field choice(String type, String name, String label, String hint, List<Option> options, Set<String> values) {
            return new Field(type, name, label, hint, options, null, values, Map.of(), null, null, false);
        }

        Field asHeading() {
            return new Field(type, name, label, hint, options, value, values, parts, autocomplete, width, true);
        }
    }

    record Option(String value, String label, String hint) {
    }
}
