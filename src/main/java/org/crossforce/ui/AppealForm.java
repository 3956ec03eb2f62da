package org.crossforce.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.crossforce.ingestion.StagingDirectory;
import org.crossforce.intake.AppealDraft;
import org.crossforce.intake.AppealService;
import org.crossforce.intake.IntakeProperties;
import org.crossforce.intake.PublicAppeal;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.NotPermittedException;

/**
 * The form that publishes an appeal of a force, with its photos and their captions, and beside it
 * what came of publishing and what the public will see.
 */
final class AppealForm extends Div {

    private static final int DEFAULT_DAYS = 28;

    private final AppealService appeals;
    private final CurrentCaller caller;
    private final IntakeProperties properties;
    private final Supplier<ForceCode> force;
    private final Runnable published;

    private final TextField title = new TextField("Title");
    private final TextArea body = new TextArea("What happened, and what you ask the public");
    private final TextField place = new TextField("Where it happened");
    private final NumberField latitude = new NumberField("Latitude");
    private final NumberField longitude = new NumberField("Longitude");
    private final DatePicker occurredOn = new DatePicker("Date it happened");
    private final DatePicker endsOn = new DatePicker("Shown until");
    private final AppealImages images;
    private final Div outcome = new Div();
    private final Button publish = new Button("Publish the appeal", VaadinIcon.MEGAPHONE.create());

    /**
     * @param force     the force the appeal is published for, as chosen on the page
     * @param published called once an appeal is published, so the page lists it
     */
    AppealForm(AppealService appeals, CurrentCaller caller, StagingDirectory staging, IntakeProperties properties,
            Supplier<ForceCode> force, Runnable published) {
        this.appeals = appeals;
        this.caller = caller;
        this.properties = properties;
        this.force = force;
        this.published = published;
        this.images = new AppealImages(staging, properties);
        configureFields();
        publish.setId("appeal-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());

        HorizontalLayout point = new HorizontalLayout(latitude, longitude);
        point.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span pointNote = new Span("Optional: the point shown on the portal's map.");
        pointNote.addClassName("cf-muted");
        HorizontalLayout dates = new HorizontalLayout(occurredOn, endsOn);
        dates.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span imagesLabel = new Span("Images (optional)");
        imagesLabel.addClassName("cf-intake-label");
        Div fields = new Div(title, body, place, point, pointNote, dates, imagesLabel, images.upload(), images.list(),
                publish);
        fields.addClassName("cf-intake-form");

        outcome.setId("appeal-outcome");
        outcome.addClassName("cf-intake-outcome");
        Div guidance = new Div(new Span("What the public sees"), new Span("The title, the text, the place (with its "
                + "point on a map when given), the date and the images with their captions, under your force's name. "
                + "Anyone may answer, anonymously if they wish."));
        guidance.addClassName("cf-intake-guidance");
        Div aside = new Div(outcome, guidance);
        aside.addClassName("cf-intake-aside");
        add(fields, aside);
        setId("appeal-form");
        addClassNames("cf-intake-publish", "cf-panel");
    }

    private void configureFields() {
        title.setId("appeal-title");
        title.setMaxLength(200);
        title.setRequired(true);
        title.setWidthFull();
        title.setPlaceholder("e.g. Witnesses sought after an assault on Market Street");
        body.setId("appeal-body");
        body.setRequired(true);
        body.setWidthFull();
        body.setMinHeight("9em");
        body.setMaxLength(10_000);
        body.setHelperText("Written for the public: what happened, who you want to hear from, and what not to do.");
        place.setId("appeal-place");
        place.setRequired(true);
        place.setWidthFull();
        place.setPlaceholder("e.g. Market Street, near the junction with Corporation Street");
        latitude.setId("appeal-latitude");
        latitude.setPlaceholder("53.4808");
        latitude.setMin(-90);
        latitude.setMax(90);
        longitude.setId("appeal-longitude");
        longitude.setPlaceholder("-2.2426");
        longitude.setMin(-180);
        longitude.setMax(180);
        occurredOn.setId("appeal-occurred");
        occurredOn.setLocale(Locale.UK);
        occurredOn.setMax(Dates.today());
        endsOn.setId("appeal-ends");
        endsOn.setLocale(Locale.UK);
        endsOn.setMin(Dates.today());
        endsOn.setHelperText("Taken off the portal after this day");
        // The service says what is missing, in one place beside the form: the fields do not
        // turn red on their own, nor when the form is emptied after publishing.
        title.setManualValidation(true);
        body.setManualValidation(true);
        place.setManualValidation(true);
        latitude.setManualValidation(true);
        longitude.setManualValidation(true);
        occurredOn.setManualValidation(true);
        endsOn.setManualValidation(true);
        resetForm();
    }

    private void publish() {
        outcome.removeAll();
        outcome.removeClassNames("cf-error", "cf-intake-published");
        Double lat = latitude.getValue();
        Double lon = longitude.getValue();
        if ((lat == null) != (lon == null)) {
            problem("Give both latitude and longitude for a point on the map, or neither.");
            return;
        }
        if (lat != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
            problem("The latitude is between -90 and 90, the longitude between -180 and 180.");
            return;
        }
        List<AppealDraft.Image> chosen = images.chosen();
        PublicAppeal appeal;
        try {
            appeal = appeals.publish(caller.get(), new AppealDraft(force.get(), strip(title.getValue()),
                    strip(body.getValue()), strip(place.getValue()), lat, lon,
                    occurredOn.getValue(), endsOn.getValue(), chosen));
        } catch (IllegalArgumentException | NotPermittedException refused) {
            problem(refused.getMessage());
            return;
        }
        String base = properties.publicUrl().endsWith("/") ? properties.publicUrl() : properties.publicUrl() + "/";
        String address = base + "appeals/" + appeal.id();
        Anchor link = new Anchor(address, address, AnchorTarget.BLANK);
        link.setId("appeal-public-link");
        Div done = new Div(new Span("Published: the public can see it at "), link);
        outcome.add(done);
        outcome.addClassName("cf-intake-published");
        Notification.show("Appeal published: " + appeal.title(), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        images.discard();
        resetForm();
        published.run();
    }

    private void problem(String message) {
        Div box = new Div(VaadinIcon.WARNING.create(), new Span(message));
        box.setId("appeal-problem");
        outcome.add(box);
        outcome.addClassName("cf-error");
    }

    private void resetForm() {
        title.clear();
        body.clear();
        place.clear();
        latitude.clear();
        longitude.clear();
        occurredOn.setValue(Dates.today());
        endsOn.setValue(Dates.today().plusDays(DEFAULT_DAYS));
    }

    /** Images dropped but never published are not kept once the officer leaves the page. */
    @Override
    protected void onDetach(DetachEvent event) {
        images.discard();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
