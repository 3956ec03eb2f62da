package org.crossforce.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Messages that pop up over a page, the same way on every page. */
final class Notices {

    private Notices() {
    }

    /** A refusal or failure, in the middle of the page, long enough to be read. */
    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
