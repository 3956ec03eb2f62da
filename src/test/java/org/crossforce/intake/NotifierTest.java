package org.crossforce.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.crossforce.shared.ForceCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/**
 * A reporter's confirmation through a real SMTP server that is down when the report arrives: the
 * email is tried again and arrives once the server is back, with the reference and a working
 * address of the link.
 */
class NotifierTest {

    @Test
    void aConfirmationIsSentOnceTheMailServerIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mail", sender);
        IntakeProperties properties = Binder.get(new MockEnvironment()
                        .withProperty("crossforce.intake.public-url", "https://report.example.police.uk/public/"))
                .bindOrCreate("crossforce.intake", IntakeProperties.class);
        Notifier notifier = new Notifier(beans.getBeanProvider(JavaMailSender.class), properties,
                List.of(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(1)));

        Reporter reporter = new Reporter("Sam Reporter", "sam@example.org", null, false);
        assertThat(notifier.canWrite(reporter)).isTrue();
        assertThat(notifier.canWrite(Reporter.ANONYMOUS)).isFalse();
        assertThat(notifier.confirm(report(reporter), "Greater Manchester Police", "s3cr3t")).isTrue();

        Thread.sleep(400); // the first try meets a closed port
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            assertThat(server.waitForIncomingEmail(10_000, 1)).isTrue();
            MimeMessage received = server.getReceivedMessages()[0];
            assertThat(received.getSubject()).isEqualTo("Your report to Greater Manchester Police: CF-ABCD-EFGH");
            assertThat(GreenMailUtil.getBody(received)).contains("Your reference is CF-ABCD-EFGH")
                    .contains("https://report.example.police.uk/public/follow/s3cr3t").contains("180 days");
        } finally {
            server.stop();
            notifier.stop();
        }
    }

    private static StoredReport report(Reporter reporter) {
        return new StoredReport("CF-ABCD-EFGH", ForceCode.of("greater-manchester"), ReportKind.CRIME, null,
                ReportStatus.NEW, 1, null, 53.48, -2.24, "Market Street", reporter, false, Instant.now(),
                Instant.now(), null, null, null, null, null, null, null);
    }
}
