package org.crossforce.intake;

/**
 * Who is reporting, as far as they chose to say. Without an email there is no confirmation and
 * no notice of messages: the reference and the link on the last page are then all they have.
 */
public record Reporter(String name, String email, String phone, boolean anonymous) {

    public static final Reporter ANONYMOUS = new Reporter(null, null, null, true);

    public Reporter {
        name = blankToNull(name);
        email = blankToNull(email);
        phone = blankToNull(phone);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
