package org.crossforce.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crossforce.portal.ProofOfWork;

/**
 * One report walked through the public pages as a browser without script walks them, with its
 * own cookies: each page fetched, its form posted with the page's CSRF token. The only script it
 * stands in for is the proof of work, solved as the check page's script would. It answers
 * whichever page it is shown, so a form that asks another question first still gets through.
 */
final class PortalWalk {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CHALLENGE = Pattern.compile("data-challenge=\"([0-9a-f]+)\"");
    private static final Pattern BITS = Pattern.compile("data-bits=\"(\\d+)\"");
    private static final Pattern REFERENCE = Pattern.compile("data-reference>([^<]+)<");
    private static final Pattern FORCE = Pattern.compile("has gone to <strong>([^<]+)</strong>");
    private static final Pattern ERRORS = Pattern.compile("<li><a href=\"#[^\"]*\">([^<]+)</a></li>");
    private static final int MOST_PAGES = 25;

    /** What one report is: its kind, where, and the photo it carries (null for none). */
    record Plan(int index, String kind, String postcode, String marker, byte[] photo) {
    }

    /**
     * How the walk ended; times in nanoseconds, 0 where the step was not reached.
     *
     * @param pages   each page's request (with its redirect) by the step it answers, in order
     * @param failure why no reference was shown, in a few words; null when one was
     */
    record Outcome(Plan plan, String reference, String forceName, long walk, long acknowledgement, long upload,
            long solve, Map<String, Long> pages, String failure) {

        boolean acknowledged() {
            return failure == null;
        }
    }

    private final URI base;
    private final Duration timeout;
    private final Executor executor;

    PortalWalk(URI base, Duration timeout, Executor executor) {
        this.base = base;
        this.timeout = timeout;
        this.executor = executor;
    }

    Outcome walk(Plan plan) {
        Timing t = new Timing();
        long started = System.nanoTime();
        String step = "start";
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).executor(executor)
                .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout).build()) {
            long before = System.nanoTime();
            HttpResponse<String> page = send(http, HttpRequest.newBuilder(base.resolve("/public")).GET());
            t.pages.put("start", System.nanoTime() - before);
            before = System.nanoTime();
            page = send(http, HttpRequest.newBuilder(base.resolve("/public/report/new?kind=" + plan.kind())).GET());
            t.pages.put("new", System.nanoTime() - before);
            boolean uploaded = false;
            for (int pages = 0; pages < MOST_PAGES; pages++) {
                String path = page.uri().getPath();
                step = path.substring(path.lastIndexOf('/') + 1);
                if (page.statusCode() != 200) {
                    return failed(plan, t, started, "HTTP " + page.statusCode() + " at " + step);
                }
                if (step.equals("done")) {
                    return done(plan, t, started, page.body());
                }
                if (step.equals("send") || step.equals("add")) {
                    // The send and the upload answer with a redirect; a page of their own is a refusal.
                    return failed(plan, t, started, (step.equals("add") ? "photo refused: " : "refused at send: ")
                            + errors(page.body()));
                }
                HttpResponse<String> next;
                before = System.nanoTime();
                if (step.equals("files") && plan.photo() != null && !uploaded) {
                    uploaded = true;
                    next = upload(http, page.body(), plan);
                    t.upload = System.nanoTime() - before;
                    step = "upload";
                } else if (step.equals("files")) {
                    next = post(http, path, Map.of(), page.body());
                } else if (step.equals("check")) {
                    next = send(http, page.body(), t);
                    step = "send";
                } else {
                    Map<String, String> answers = answers(step, plan);
                    if (answers == null) {
                        return failed(plan, t, started, "unexpected page " + path);
                    }
                    next = post(http, path, answers, page.body());
                    if (next.statusCode() == 200 && next.uri().getPath().equals(path)) {
                        return failed(plan, t, started, "refused at " + step + ": " + errors(next.body()));
                    }
                }
                // The send's own time leaves out the proof of work solved before it.
                t.pages.put(step, step.equals("send") ? t.acknowledgement : System.nanoTime() - before);
                page = next;
            }
            return failed(plan, t, started, "more than " + MOST_PAGES + " pages");
        } catch (IOException e) {
            return failed(plan, t, started, e.getClass().getSimpleName() + " at " + step);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(plan, t, started, "interrupted at " + step);
        }
    }

    /** The answers a person gives on each page; anything a page does not ask is ignored by it. */
    private static Map<String, String> answers(String step, Plan plan) {
        LocalDate day = LocalDate.now().minusDays(1 + plan.index() % 5);
        Map<String, String> form = new LinkedHashMap<>();
        switch (step) {
            case "strands" -> form.put("strands", "RACE");
            case "category" -> form.put("category", "Something else");
            case "what" -> {
                form.put("description", plan.marker() + ": a group came out of the crowd near the station after the "
                        + "match, shouting and throwing bottles; one of them had a blue jacket and a scar on his chin.");
                form.put("anyoneHurt", "no");
                form.put("ongoing", "no");
            }
            case "when" -> {
                form.put("date-day", Integer.toString(day.getDayOfMonth()));
                form.put("date-month", Integer.toString(day.getMonthValue()));
                form.put("date-year", Integer.toString(day.getYear()));
                form.put("time", "17:45");
            }
            case "who" -> form.put("involved", "Three men in their twenties, one in a blue jacket.");
            case "where" -> {
                form.put("postcode", plan.postcode());
                form.put("placeText", "Outside the station");
            }
            case "place" -> form.put("right", "yes");
            case "you" -> {
                form.put("anonymous", "no");
                form.put("name", "Sam Load " + plan.index());
                form.put("email", "sam.load" + plan.index() + "@example.org");
                form.put("consent", "no");
            }
            default -> {
                return null;
            }
        }
        return form;
    }

    /** The acknowledgement: from the send until the page with the reference has arrived. */
    private HttpResponse<String> send(HttpClient http, String check, Timing t) throws IOException, InterruptedException {
        Matcher challenge = CHALLENGE.matcher(check);
        Matcher bits = BITS.matcher(check);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("website", "");
        if (challenge.find() && bits.find()) {
            long before = System.nanoTime();
            form.put("nonce", ProofOfWork.solve(challenge.group(1), Integer.parseInt(bits.group(1))));
            t.solve = System.nanoTime() - before;
        }
        long before = System.nanoTime();
        HttpResponse<String> done = post(http, "/public/report/send", form, check);
        t.acknowledgement = System.nanoTime() - before;
        return done;
    }

    private HttpResponse<String> upload(HttpClient http, String page, Plan plan) throws IOException, InterruptedException {
        String boundary = "----crossforce-load-" + plan.index();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"IMG_"
                + (1000 + plan.index()) + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/public/report/files/add?_csrf="
                        + encode(token(page))))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofByteArray(plan.photo()), HttpRequest.BodyPublishers.ofString(tail)));
        return send(http, request);
    }

    private HttpResponse<String> post(HttpClient http, String path, Map<String, String> form, String page)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(token(page));
        return send(http, HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Outcome done(Plan plan, Timing t, long started, String page) {
        Matcher reference = REFERENCE.matcher(page);
        Matcher force = FORCE.matcher(page);
        if (!reference.find() || !force.find()) {
            return failed(plan, t, started, "no reference on the last page");
        }
        return new Outcome(plan, reference.group(1).strip(), unescape(force.group(1)), System.nanoTime() - started,
                t.acknowledgement, t.upload, t.solve, t.pages, null);
    }

    private static Outcome failed(Plan plan, Timing t, long started, String why) {
        return new Outcome(plan, null, null, System.nanoTime() - started, t.acknowledgement, t.upload, t.solve, t.pages,
                why);
    }

    private static String token(String page) throws IOException {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IOException("the page carries no form token");
        }
        return token.group(1);
    }

    private static String errors(String page) {
        Matcher m = ERRORS.matcher(page);
        StringBuilder found = new StringBuilder();
        while (m.find()) {
            found.append(found.isEmpty() ? "" : "; ").append(unescape(m.group(1)));
        }
        return found.isEmpty() ? "the same page again" : found.toString();
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final class Timing {
        final Map<String, Long> pages = new LinkedHashMap<>();
        long acknowledgement;
        long upload;
        long solve;
    }
}
