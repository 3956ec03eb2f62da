package org.crossforce.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.crossforce.security.CurrentCaller;
import org.crossforce.security.SignedInUser;
import org.crossforce.shared.Roles;

/** The address everyone starts at: it opens the first page the user's roles allow. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentCaller caller;

    HomeView(CurrentCaller caller) {
        this.caller = caller;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = caller.user().orElseThrow();
        if (user.hasAnyRole(Roles.READERS)) {
            event.forwardTo(SearchView.class);
        } else if (user.roles().contains(Roles.INTAKE)) {
            event.forwardTo(IntakeView.class); // public reports wait there; ingestion is one click away
        } else if (user.roles().contains(Roles.AUDITOR)) {
            event.forwardTo(AuditView.class);
        } else {
            event.forwardTo(AccountsView.class);
        }
    }
}
