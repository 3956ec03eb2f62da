package org.crossforce.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import org.crossforce.security.CurrentCaller;

/** The frame around every view: the product name, the navigation and who is signed in. */
@Layout
public class MainLayout extends AppLayout {

    MainLayout(CurrentCaller caller) {
        Span brand = new Span("Crossforce");
        brand.addClassName("cf-brand");
        Span tagline = new Span("Intelligence across forces");
        tagline.addClassName("cf-tagline");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, tagline);
        header.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("cf-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Search", SearchView.class, VaadinIcon.SEARCH.create()));
        nav.addItem(new SideNavItem("Ingestion", IngestView.class, VaadinIcon.INBOX.create()));
        nav.addItem(new SideNavItem("Audit trail", AuditView.class, VaadinIcon.LIST.create()));
        Div user = new Div(new Span("Signed in as " + caller.get().user()));
        user.addClassName("cf-drawer-footer");
        Div attribution = new Div(new Span("Contains public sector information licensed under the "
                + "Open Government Licence v3.0."));
        attribution.addClassName("cf-drawer-footer");
        addToDrawer(nav, user, attribution);
        setPrimarySection(Section.DRAWER);
    }
}
