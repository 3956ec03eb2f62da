package org.crossforce.intake;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails to reporters: a confirmation with the reference and the link, and a notice when the
 * police write. Sent after the report is stored and without holding up the answer; a mail server
 * that is down delays an email, never a report. A failed email is tried again for a day, from
 * memory only: an email carries a live link, and links are kept nowhere but as hashes. Messages
 * are not copied into emails: the reporter reads them behind the link.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    /** Waits before each new try of an email that failed: together, a day. */
    static final List<Duration> RETRIES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12));

    private final ObjectProvider<JavaMailSender> mail;
    private final IntakeProperties properties;
    private final List<Duration> retries;
    private final ScheduledThreadPoolExecutor sending = new ScheduledThreadPoolExecutor(1,
            Thread.ofPlatform().name("reporter-mail").daemon().factory());

    @Autowired
    Notifier(ObjectProvider<JavaMailSender> mail, IntakeProperties properties) {
        this(mail, properties, RETRIES);
    }

    Notifier(ObjectProvider<JavaMailSender> mail, IntakeProperties properties, List<Duration> retries) {
        this.mail = mail;
        this.properties = properties;
        this.retries = List.copyOf(retries);
        sending.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
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
        sending.execute(() -> attempt(sender, message, 0));
        return true;
    }

    private void attempt(JavaMailSender sender, SimpleMailMessage message, int failures) {
        try {
            sender.send(message);
        } catch (MailException e) {
            if (failures == retries.size()) {
                log.error("An email to a reporter was not sent after {} tries, and is given up ({}): {}",
                        failures + 1, message.getSubject(), e.getMessage());
                return;
            }
            Duration wait = retries.get(failures);
            log.warn("An email to a reporter could not be sent ({}), trying again in {}: {}", message.getSubject(),
                    wait, e.getMessage());
            sending.schedule(() -> attempt(sender, message, failures + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Sends what is due now; emails waiting to be tried again are dropped, and counted in the log. */
    @PreDestroy
    void stop() throws InterruptedException {
        int waiting = sending.getQueue().size();
        sending.shutdown();
        if (waiting > 0) {
            log.warn("{} email(s) to reporters were still to be sent or tried again when Crossforce stopped", waiting);
        }
        sending.awaitTermination(10, TimeUnit.SECONDS);
    }
}
