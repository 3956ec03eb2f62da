package org.crossforce.portal.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.intake.HateStrand;
import org.crossforce.intake.ReportKind;
import org.crossforce.portal.web.Question.Field;
import org.crossforce.portal.web.Question.Option;
import org.springframework.util.MultiValueMap;

/** The simple pages of the form: what each asks, and what makes an answer wrong. */
final class Questions {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<Option> YES_NO = List.of(new Option("yes", "Yes", null), new Option("no", "No", null));

    private Questions() {
    }

    static List<String> categories(ReportKind kind) {
        return switch (kind) {
            case CRIME -> List.of("Theft", "Criminal damage or vandalism", "Burglary or break-in", "Vehicle crime",
                    "Assault", "Fraud or a scam", "Something else");
            case HATE -> List.of("Verbal abuse or threats", "Physical assault", "Damage to property", "Online abuse",
                    "Graffiti, leaflets or letters", "Something else");
            case ASB -> List.of("Noise", "Drinking or drug use in public", "Intimidation or harassment",
                    "Vandalism or graffiti", "Vehicles driven dangerously", "Something else");
            case INFORMATION -> List.of("Drugs", "Weapons or violence", "Stolen goods", "Fraud or scams",
                    "Exploitation or modern slavery", "Something else");
            case APPEAL -> List.of();
        };
    }

    static Question page(Step step, Draft d, Map<String, String> errors, String back, java.time.Duration retention) {
        String caption = d.appealTitle != null ? "Appeal: " + d.appealTitle : d.kind.label();
        return switch (step) {
            case STRANDS -> new Question(step.path(), caption, "What do you think it was motivated by?",
                    "A hate crime or hate incident is one the victim or anyone else thinks was motivated by hostility "
                            + "or prejudice. Select all that apply.",
                    List.of(Field.choice("checkboxes", "strands", "What do you think it was motivated by?", null,
                            java.util.Arrays.stream(HateStrand.values()).map(s -> new Option(s.name(), s.label(), null))
                                    .toList(), d.strands).asHeading()), back, errors);
            case CATEGORY -> new Question(step.path(), caption, categoryTitle(d.kind), null,
                    List.of(Field.choice("radios", "category", categoryTitle(d.kind), null,
                            categories(d.kind).stream().map(c -> new Option(c, c, null)).toList(),
                            d.category == null ? Set.of() : Set.of(d.category)).asHeading()), back, errors);
            case WHAT -> new Question(step.path(), caption, d.kind == ReportKind.APPEAL ? "What do you know?"
                    : d.kind == ReportKind.INFORMATION ? "What do you know?" : "What happened?", null, whatFields(d),
                    back, errors);
            case WHEN -> new Question(step.path(), caption, "When did it happen?", null, List.of(
                    new Field("date", "date", "Date", "For example, 27 3 2026. Leave it empty if you do not know.",
                            List.of(), null, Set.of(), dateParts(d), null, null, false),
                    Field.text("text", "time", "Time (optional)", "For example, 17:45", d.time, "off", "5")), back, errors);
            case WHO -> new Question(step.path(), caption, "Who was involved?", null, List.of(Field.text("textarea",
                    "involved", "Who was involved? (optional)", "Names, what people looked like, vehicles and number "
                            + "plates, phone numbers, social media accounts: anything that could help.",
                    d.involved, "off", null).asHeading()), back, errors);
            case YOU -> new Question(step.path(), caption, "About you", null, youFields(d, retention), back, errors);
            default -> throw new IllegalArgumentException(step + " has its own page");
        };
    }

    private static String categoryTitle(ReportKind kind) {
        return switch (kind) {
            case HATE -> "What happened?";
            case ASB -> "What sort of behaviour is it?";
            case INFORMATION -> "What is your information about?";
            default -> "What sort of crime was it?";
        };
    }

    private static List<Field> whatFields(Draft d) {
        List<Field> fields = new java.util.ArrayList<>();
        fields.add(Field.text("textarea", "description", "Tell us in your own words",
                "Include what happened, in what order, and anything you saw or heard.", d.description, "off", null));
        if (d.kind == ReportKind.CRIME || d.kind == ReportKind.HATE || d.kind == ReportKind.ASB) {
            fields.add(Field.choice("radios", "anyoneHurt", "Was anyone hurt?", null, YES_NO, yesNo(d.anyoneHurt)));
        }
        if (d.kind != ReportKind.APPEAL) {
            fields.add(Field.choice("radios", "ongoing", "Is it still happening, or does it keep happening?", null,
                    YES_NO, yesNo(d.ongoing)));
        }
        return fields;
    }

    private static List<Field> youFields(Draft d, java.time.Duration retention) {
        List<Field> fields = new java.util.ArrayList<>();
        if (d.kind == ReportKind.INFORMATION) {
            fields.add(Field.choice("radios", "anonymous", "Do you want to stay anonymous?",
                    "If you do, the police will not know who you are and cannot contact you. You will still get a "
                            + "reference and a link to follow your report.", YES_NO, yesNo(d.anonymous)));
        }
        fields.add(Field.text("text", "name", "Full name", null, d.name, "name", "20"));
        fields.add(Field.text("email", "email", "Email address",
                "We will send your reference and a link to follow your report. The police will tell you here when "
                        + "they write to you.", d.email, "email", "20"));
        fields.add(Field.text("tel", "phone", "Phone number (optional)", null, d.phone, "tel", "10"));
        fields.add(Field.choice("radios", "consent", "If the police do not take your report on, may they keep it and "
                        + "pass it on to another police force or agency?",
                "If you say no, it is deleted after " + retention.toDays() + " days.", YES_NO, yesNo(d.consent)));
        return fields;
    }

    /** Reads the answers of a page into the draft; returns the errors, by field. */
    static Map<String, String> read(Step step, Draft d, MultiValueMap<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        switch (step) {
            case STRANDS -> {
                d.strands = new java.util.LinkedHashSet<>(form.getOrDefault("strands", List.of()).stream()
                        .filter(s -> java.util.Arrays.stream(HateStrand.values()).anyMatch(h -> h.name().equals(s)))
                        .toList());
                if (d.strands.isEmpty()) {
                    errors.put("strands", "Select what you think it was motivated by");
                }
            }
            case CATEGORY -> {
                String chosen = form.getFirst("category");
                d.category = chosen != null && categories(d.kind).contains(chosen) ? chosen : null;
                if (d.category == null) {
                    errors.put("category", "Select the answer that fits best");
                }
            }
            case WHAT -> {
                d.description = text(form, "description");
                if (d.description == null) {
                    errors.put("description", "Tell us what happened");
                } else if (d.description.length() > 20_000) {
                    errors.put("description", "What happened must be 20,000 characters or fewer");
                }
                if (d.kind == ReportKind.CRIME || d.kind == ReportKind.HATE || d.kind == ReportKind.ASB) {
                    d.anyoneHurt = bool(form.getFirst("anyoneHurt"));
                    if (d.anyoneHurt == null) {
                        errors.put("anyoneHurt", "Select yes if anyone was hurt");
                    }
                }
                if (d.kind != ReportKind.APPEAL) {
                    d.ongoing = bool(form.getFirst("ongoing"));
                    if (d.ongoing == null) {
                        errors.put("ongoing", "Select yes if it is still happening");
                    }
                }
            }
            case WHEN -> readWhen(d, form, errors);
            case WHO -> {
                d.involved = text(form, "involved");
                if (d.involved != null && d.involved.length() > 20_000) {
                    errors.put("involved", "Who was involved must be 20,000 characters or fewer");
                }
            }
            case YOU -> readYou(d, form, errors);
            default -> throw new IllegalArgumentException(step + " has its own page");
        }
        return errors;
    }

    private static void readWhen(Draft d, MultiValueMap<String, String> form, Map<String, String> errors) {
        d.day = text(form, "date-day");
        d.month = text(form, "date-month");
        d.year = text(form, "date-year");
        d.time = text(form, "time");
        boolean any = d.day != null || d.month != null || d.year != null;
        if (any) {
            try {
                LocalDate date = date(d);
                if (date.isAfter(LocalDate.now(UK))) {
                    errors.put("date", "The date must be today or in the past");
                }
            } catch (DateTimeException | NumberFormatException | NullPointerException e) {
                errors.put("date", "Enter a real date, with a day, month and year");
            }
        }
        if (d.time != null) {
            try {
                time(d.time);
            } catch (DateTimeException e) {
                errors.put("time", "Enter the time like 17:45, or leave it empty");
            }
        }
    }

    private static void readYou(Draft d, MultiValueMap<String, String> form, Map<String, String> errors) {
        if (d.kind == ReportKind.INFORMATION) {
            d.anonymous = bool(form.getFirst("anonymous"));
            if (d.anonymous == null) {
                errors.put("anonymous", "Select yes if you want to stay anonymous");
            }
        } else {
            d.anonymous = false;
        }
        d.name = text(form, "name");
        d.email = text(form, "email");
        d.phone = text(form, "phone");
        d.consent = bool(form.getFirst("consent"));
        boolean anonymous = Boolean.TRUE.equals(d.anonymous);
        if (!anonymous && d.name == null) {
            errors.put("name", "Enter your full name");
        }
        if (d.email != null && !d.email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "Enter an email address in the correct format, like name@example.com");
        }
        if (d.phone != null && !d.phone.matches("[0-9 +()-]{6,20}")) {
            errors.put("phone", "Enter a phone number, like 01632 960 001 or 07700 900 982");
        }
        if (d.consent == null) {
            errors.put("consent", "Select yes if the police may keep your report");
        }
    }

    static LocalDate date(Draft d) {
        if (d.day == null && d.month == null && d.year == null) {
            return null;
        }
        int year = Integer.parseInt(d.year.strip());
        if (year < 1900) {
            throw new DateTimeException("year");
        }
        return LocalDate.of(year, Integer.parseInt(d.month.strip()), Integer.parseInt(d.day.strip()));
    }

    static LocalTime time(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('.', ':');
        if (!t.matches("\\d{1,2}:\\d{2}")) {
            throw new DateTimeException(text);
        }
        String[] parts = t.split(":");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static Map<String, String> dateParts(Draft d) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("day", d.day == null ? "" : d.day);
        parts.put("month", d.month == null ? "" : d.month);
        parts.put("year", d.year == null ? "" : d.year);
        return parts;
    }

    static String text(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Boolean bool(String value) {
        return "yes".equals(value) ? Boolean.TRUE : "no".equals(value) ? Boolean.FALSE : null;
    }

    private static Set<String> yesNo(Boolean value) {
        return value == null ? Set.of() : Set.of(value ? "yes" : "no");
    }
}
