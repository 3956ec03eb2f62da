package org.crossforce.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import org.crossforce.intake.FollowUp;
import org.crossforce.intake.IntakeReport;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.ReportStatus;
import org.crossforce.security.CurrentCaller;

/** The messages between the police and a report's reporter, and the reply while the report is open to one. */
final class IntakeMessages {

    private final IntakeService intake;
    private final CurrentCaller caller;
    private final IntakeChange change;

    IntakeMessages(IntakeService intake, CurrentCaller caller, IntakeChange change) {
        this.intake = intake;
        this.caller = caller;
        this.change = change;
    }

    Component of(IntakeReport r) {
        Div box = new Div(thread(r));
        ReportStatus status = r.item().status();
        if (status == ReportStatus.CLOSED || status == ReportStatus.DUPLICATE) {
            Span ended = new Span("The report is " + status.label().toLowerCase(Locale.ROOT)
                    + ": the reporter can no longer write, and no reply is sent.");
            ended.addClassName("cf-muted");
            box.add(ended);
            return box;
        }
        box.add(compose(r));
        return box;
    }

    private static Component thread(IntakeReport r) {
        Div thread = new Div();
        thread.setId("intake-messages");
        thread.addClassName("cf-intake-thread");
        if (r.messages().isEmpty()) {
            Span none = new Span("No messages yet.");
            none.addClassName("cf-muted");
            thread.add(none);
        }
        for (FollowUp.Message m : r.messages()) {
            Div message = new Div();
            message.addClassNames("cf-intake-message", m.fromPolice() ? "cf-intake-message-police" : "cf-intake-message-reporter");
            Div meta = new Div(new Span(m.fromPolice() ? "Police" : "Reporter"),
                    new Span(Dates.formatWithTime(m.sent())));
            meta.addClassName("cf-intake-message-meta");
            Pre body = new Pre(m.body());
            body.addClassName("cf-intake-message-body");
            message.add(meta, body);
            if (!m.files().isEmpty()) {
                Span files = new Span("Sent with: " + String.join(", ", m.files()));
                files.addClassName("cf-muted");
                message.add(files);
            }
            thread.add(message);
        }
        return thread;
    }

    private Component compose(IntakeReport r) {
        TextArea reply = new TextArea("Reply to the reporter");
        reply.setId("intake-reply-text");
        reply.setWidthFull();
        reply.setMinHeight("6em");
        reply.setMaxLength(5000);
        reply.setHelperText(r.reporter().email() == null
                ? "They read it behind their secure link; with no email on the report, they are not told of it."
                : "They read it behind their secure link, and are emailed that there is a message.");
        Button send = new Button("Send to reporter", VaadinIcon.PAPERPLANE.create());
        send.setId("intake-reply-send");
        send.addClickListener(e -> change.apply(() -> intake.reply(caller.get(), r.reference(), reply.getValue()),
                "Your message was sent to the reporter of " + r.reference()));
        Div compose = new Div(reply, send);
        compose.addClassName("cf-intake-compose");
        return compose;
    }
}
