package org.crossforce.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.crossforce.security.SecurityProperties;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page: an account held by Crossforce, or the force's own identity provider when one
 * is configured. Failures say what went wrong without telling which accounts exist.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Crossforce")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    LoginView(SecurityProperties settings) {
        addClassName("cf-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("Crossforce");
        brand.addClassName("cf-login-brand");
        Paragraph tagline = new Paragraph("Intelligence across forces");
        tagline.addClassName("cf-muted");

        LoginI18n words = LoginI18n.createDefault();
        words.getForm().setTitle("Sign in");
        words.getForm().setUsername("User name");
        words.getForm().setSubmit("Sign in");
        words.setAdditionalInformation("OFFICIAL-SENSITIVE systems: every search and every record you open "
                + "is recorded with your name, the time and your stated purpose.");
        form.setI18n(words);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.getElement().setAttribute("no-autofocus", false);

        Div box = new Div(brand, tagline, form);
        box.addClassName("cf-login-box");
        if (settings.oidc().enabled()) {
            Anchor external = new Anchor("oauth2/authorization/" + settings.oidc().registration(),
                    settings.oidc().label());
            external.setRouterIgnore(true);
            external.addClassName("cf-login-external");
            external.setId("oidc-sign-in");
            box.add(external);
        }
        add(box);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            LoginI18n words = LoginI18n.createDefault();
            words.getForm().setTitle("Sign in");
            words.getForm().setUsername("User name");
            words.getForm().setSubmit("Sign in");
            words.getErrorMessage().setTitle("Not signed in");
            words.getErrorMessage().setMessage(reason());
            form.setI18n(words);
            form.setError(true);
        }
    }

    /**
     * The reason for the last failed attempt of this browser, in fixed words only: a provider's own
     * error text is for the audit trail, not for the page.
     */
    private static String reason() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException) {
            return "Signing in through your force's identity provider did not succeed. Try again, or ask your "
                    + "force's service desk.";
        }
        if (failure instanceof org.springframework.security.authentication.BadCredentialsException
                || failure instanceof org.springframework.security.authentication.LockedException) {
            return ((AuthenticationException) failure).getMessage();
        }
        return "The user name or password is not right.";
    }
}
