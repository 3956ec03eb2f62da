package org.crossforce.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crossforce.portal.PortalEnabled;
import org.crossforce.portal.WorkbenchUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A separate portal whose workbench does not answer says so in words, and whether anything was
 * stored; the answers of a report being written stay in the session for another try.
 */
@ControllerAdvice(basePackageClasses = WorkbenchDown.class)
@PortalEnabled
class WorkbenchDown {

    @ExceptionHandler(WorkbenchUnavailableException.class)
    String unavailable(WorkbenchUnavailableException e, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "120");
        String path = request.getRequestURI();
        boolean sending = path.equals("/public/report/send");
        model.addAttribute("retry", retry(request));
        if (e.perhapsReceived()) {
            return SendController.message(model, "We cannot tell whether it was sent", "The police's systems stopped "
                    + "answering while it was on its way, so it may or may not have been stored. If you gave an email "
                    + "address, a confirmation comes if it was. Otherwise try again in a few minutes: if the police "
                    + "get it twice, they join the two. In an emergency, call 999.");
        }
        return SendController.message(model, sending ? "Your report could not be sent" : "Sorry, there is a problem "
                + "with this service", "The police's systems cannot be reached just now, so nothing was stored and "
                + "the police have not received anything from this page. " + (path.startsWith("/public/report/")
                        ? "Your answers are kept: try again in a few minutes. " : "Try again in a few minutes. ")
                + "In an emergency, call 999.");
    }

    /** The page to try again from: the same one, or for a form, the page it was sent from. */
    private static String retry(HttpServletRequest request) {
        String path = request.getRequestURI();
        if ("GET".equals(request.getMethod())) {
            return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        }
        String from = path.substring(0, path.lastIndexOf('/'));
        return from.equals("/public/report") ? "/public/report/check" : from;
    }
}
