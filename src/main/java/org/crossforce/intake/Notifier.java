package org.crossforce.intake;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails to reporters: a confirmation with the reference and the link, and a notice when the
 * police write. Sent after the report is stored and without holding up the answer; a mail server
 * that is down loses an email, never a report. Messages are not copied into emails: the reporter
 * reads them behind the link.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final IntakeProperties properties;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("reporter-mail").daemon().factory());

    Notifier(ObjectProvider<JavaMailSender> mail, IntakeProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    /** True when an email is on its way: the reporter gave an address and a mail server is configured. */
    boolean canWrite(Reporter reporter) {
        return reporter.email() != null && mail.getIfAvailable() != null;
    }

    boolean confirm(StoredReport report, String forceName, String secret) {
        return send(report.reporter(), "Your report to " + forceName + ": " + report.reference(), """
                Thank you for your report to %s.

                Your reference is %s.

                Use this link to see where your report stands, read messages from the police and reply,
                or add information, photos and video:

                %s

                Keep this email: the link is how you get back to your report. It works for %d days
                after you last used it.

                In an emergency, call 999. If you are deaf or speech-impaired, text 999 if you have
                registered with emergencySMS.
                """.formatted(forceName, report.reference(), link(secret), properties.linkLifetime().toDays()));
    }

    boolean newMessage(StoredReport report, String forceName, String secret) {
        return send(report.reporter(), "A message about your report " + report.reference(), """
                %s has written to you about your report %s.

                Read it and reply here:

                %s

                In an emergency, call 999.
                """.formatted(forceName, report.reference(), link(secret)));
    }

    String link(String secret) {
        String base = properties.publicUrl().endsWith("/") ? properties.publicUrl() : properties.publicUrl() + "/";
        return base + "follow/" + secret;
    }

    private boolean send(Reporter to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (to.email() == null || sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to.email());
        message.setSubject(subject);
        message.setText(body);
        sending.execute(() -> {
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("An email to a reporter could not be sent ({}): {}", subject, e.getMessage());
            }
        });
        return true;
    }

    @PreDestroy
    void stop() {
        sending.shutdown();
    }
}
