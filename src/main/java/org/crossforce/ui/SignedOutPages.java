package org.crossforce.ui;

import java.util.Objects;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.crossforce.security.CurrentCaller;
import org.crossforce.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * An open page must not outlive its sign-in. Vaadin lets its own requests through whoever sends
 * them, so each one is checked here: when the sign-in the page was opened under has ended (signed
 * out on another instance, disabled, expired) or another person has signed in in this browser,
 * the page's session is closed and the browser goes back to the sign-in page.
 */
@Component
class SignedOutPages implements VaadinServiceInitListener {

    static final String OPENED_BY = SignedOutPages.class.getName() + ".user";

    private final CurrentCaller caller;

    SignedOutPages(CurrentCaller caller) {
        this.caller = caller;
    }

    /** Marks the browser's pages as opened by the signed-in user. */
    static void openedBy(String username) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.getSession().setAttribute(OPENED_BY, username);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                WrappedSession session = request.getWrappedSession(false);
                Object openedBy = session == null ? null : session.getAttribute(OPENED_BY);
                if (openedBy != null && !Objects.equals(openedBy,
                        caller.user().map(SignedInUser::username).orElse(null))) {
                    session.invalidate();
                }
            }

            @Override
            public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                    Exception exception) {
                // nothing to add to Vaadin's own handling
            }

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                // nothing to tidy
            }
        });
    }
}
