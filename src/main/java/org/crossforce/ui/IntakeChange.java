package org.crossforce.ui;

import java.util.function.Supplier;

import org.crossforce.intake.IntakeReport;

/**
 * How the parts of an opened report change it, a decision or a reply, so that the page shows the
 * report and the queue as they then are, whichever part acted.
 */
@FunctionalInterface
interface IntakeChange {

    /** True when the change went through; when it was refused the officer has been told why. */
    boolean apply(Supplier<IntakeReport> change, String done);
}
