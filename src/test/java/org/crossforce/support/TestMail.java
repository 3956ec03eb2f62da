package org.crossforce.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

/**
 * The test run's mail server: a real SMTP server (GreenMail) on a free loopback port, started once
 * per JVM, that every test application context sends its emails to. A test reads what one address
 * was sent; addresses made unique per test keep the tests apart.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            server.start();
        }
        return server.getSmtp().getPort();
    }

    /** An email sent to the address whose subject holds the words, waiting up to 30 seconds for it. */
    public static Mail await(String address, String subjectHolds) {
        port();
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            Optional<Mail> found = Arrays.stream(server.getReceivedMessages())
                    .filter(m -> sentTo(m, address)).map(TestMail::read)
                    .filter(m -> m.subject().contains(subjectHolds)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No email to " + address + " about '" + subjectHolds + "' within 30 s");
    }

    private static boolean sentTo(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(Message message) {
        try {
            return new Mail(message.getFrom()[0].toString(), message.getSubject(), GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a reporter's mail program shows. */
    public record Mail(String from, String subject, String body) {
    }
}
