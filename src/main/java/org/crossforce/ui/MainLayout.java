package org.crossforce.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.crossforce.forces.Forces;
import org.crossforce.security.CurrentCaller;
import org.crossforce.security.SignedInUser;
import org.crossforce.shared.Roles;

/**
 * The frame around every view: the product name, the pages the user's roles open, who is signed in
 * and for what purpose, and signing out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final CurrentCaller caller;
    private final Button purpose = new Button();

    MainLayout(CurrentCaller caller, Forces forces, AuthenticationContext authentication) {
        this.caller = caller;
        SignedInUser user = caller.user().orElseThrow();
        SignedOutPages.openedBy(user.username());
        Span brand = new Span("Crossforce");
        brand.addClassName("cf-brand");
        Span tagline = new Span("Intelligence across forces");
        tagline.addClassName("cf-tagline");
        purpose.addClassName("cf-purpose");
        purpose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        purpose.getElement().setAttribute("title", "Change the purpose of this session");
        purpose.addClickListener(e -> new PurposeDialog(caller).open());
        purpose.setId("current-purpose");
        Span who = new Span(user.displayName() + (user.homeForce() == null ? ""
                : " · " + forces.nameOf(user.homeForce())) + " · cleared " + user.clearance().label());
        who.addClassName("cf-who");
        who.setId("signed-in-as");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        signOut.setId("sign-out");
        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, tagline, spacer, purpose, who,
                signOut);
        header.expand(spacer);
        header.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("cf-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        if (user.hasAnyRole(Roles.READERS)) {
            nav.addItem(new SideNavItem("Search", SearchView.class, VaadinIcon.SEARCH.create()));
            nav.addItem(new SideNavItem("Entities", EntitiesView.class, VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem("Identity review", ReviewView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Hotspots", DashboardView.class, VaadinIcon.MAP_MARKER.create()));
        }
        if (user.roles().contains(Roles.INTAKE)) {
            nav.addItem(new SideNavItem("Public reports", IntakeView.class, VaadinIcon.ENVELOPE_OPEN.create()));
            nav.addItem(new SideNavItem("Appeals", AppealsView.class, VaadinIcon.MEGAPHONE.create()));
            nav.addItem(new SideNavItem("Ingestion", IngestView.class, VaadinIcon.INBOX.create()));
        }
        if (user.roles().contains(Roles.AUDITOR)) {
            nav.addItem(new SideNavItem("Audit trail", AuditView.class, VaadinIcon.LIST.create()));
        }
        if (user.roles().contains(Roles.ADMINISTRATOR)) {
            nav.addItem(new SideNavItem("Accounts", AccountsView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Sharing agreements", AgreementsView.class, VaadinIcon.CONNECT.create()));
        }
        if (user.via() == SignedInUser.Via.PASSWORD) {
            nav.addItem(new SideNavItem("Change password", PasswordView.class, VaadinIcon.KEY.create()));
        }
        Div attribution = new Div(new Span("Contains public sector information licensed under the "
                + "Open Government Licence v3.0."));
        attribution.addClassName("cf-drawer-footer");
        addToDrawer(nav, attribution);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SignedInUser user = caller.user().orElseThrow();
        if (caller.mustChangePassword() && event.getNavigationTarget() != PasswordView.class) {
            event.forwardTo(PasswordView.class);
            return;
        }
        purpose.setText(user.purpose().isEmpty() ? "" : "Purpose: " + user.purpose());
        purpose.setVisible(!user.purpose().isEmpty());
    }
}
