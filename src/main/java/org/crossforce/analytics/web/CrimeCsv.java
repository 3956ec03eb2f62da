package org.crossforce.analytics.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossforce.analytics.CrimeRow;

/** The crimes of a selection as CSV, one row each, for a spreadsheet or another tool. */
final class CrimeCsv {

    private CrimeCsv() {
    }

    static String of(List<CrimeRow> crimes) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("id", "force", "month", "type",
                "location", "outcome", "lsoa", "latitude", "longitude", "source_key").get())) {
            for (CrimeRow c : crimes) {
                csv.printRecord(c.id(), c.force(), c.month(), c.type(), c.location(), c.outcome(), c.lsoa(),
                        c.latitude(), c.longitude(), c.sourceKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
