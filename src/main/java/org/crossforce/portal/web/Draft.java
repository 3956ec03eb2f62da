package org.crossforce.portal.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crossforce.intake.ReportKind;

/**
 * A report being written, one answer a page, kept in the visitor's session until it is sent.
 * Nothing here is stored anywhere else: a visitor who walks away leaves nothing behind but the
 * files they sent, which the workbench deletes after a day.
 */
public final class Draft implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String SESSION_KEY = "crossforce.portal.draft";

    public ReportKind kind;
    public String appealId;
    public String appealTitle;
    public String category;
    public Set<String> strands = new LinkedHashSet<>();
    public String description;
    public Boolean anyoneHurt;
    public Boolean ongoing;
    public String day;
    public String month;
    public String year;
    public String time;
    public Boolean dateUnknown;
    public String involved;
    public List<DraftFile> files = new ArrayList<>();
    public String placeText;
    public Double latitude;
    public Double longitude;
    public String placeHow;
    public String placeLabel;
    public boolean placeApproximate;
    public String forceName;
    public String name;
    public String email;
    public String phone;
    public Boolean anonymous;
    public Boolean consent;
    public String challenge;
    /** Once the visitor has seen the check page, each change goes back to it. */
    public boolean checking;

    Draft(ReportKind kind) {
        this.kind = kind;
    }

    public record DraftFile(String id, String name, String mediaType, long size, Double latitude, Double longitude)
            implements Serializable {

        public boolean hasPosition() {
            return latitude != null && longitude != null;
        }

        public String shownSize() {
            return size >= 1024 * 1024 ? String.format("%.1f MB", size / (1024.0 * 1024)) : Math.max(1, size / 1024) + " KB";
        }
    }

    public boolean hasPlace() {
        return latitude != null && longitude != null;
    }
}
