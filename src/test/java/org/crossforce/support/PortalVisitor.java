package org.crossforce.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of the public on the portal's pages with a browser that runs no script: it keeps its
 * cookies, follows redirects, and sends each form with the token the page carried, files as a form
 * sends them.
 */
public final class PortalVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FOLLOW_LINK = Pattern.compile("href=\"(/public/follow/[A-Za-z0-9_-]{43})\"");

    private final String base;
    private final String address;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    /** @param base the portal's address, such as {@code http://localhost:8080} */
    public PortalVisitor(String base) {
        this(base, null);
    }

    /**
     * A visitor whose requests reach the portal through a reverse proxy on this machine, which names
     * the visitor's own address in {@code X-Forwarded-For} (trusted from loopback).
     */
    public PortalVisitor(String base, String address) {
        this.base = base;
        this.address = address;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        return address == null ? request : request.header("X-Forwarded-For", address);
    }

    /** Sends the form on {@code page} to {@code path} with these answers. */
    public HttpResponse<String> post(String path, Map<String, String> form, String page)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(token(page));
        return http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends files as the file forms do: multipart, the page's token in the address. */
    public HttpResponse<String> upload(String path, Map<String, String> form, String page, Path... files)
            throws IOException, InterruptedException {
        String boundary = "----portal-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : form.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (Path file : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(file));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(request(path + "?_csrf=" + enc(token(page)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The follow-up link on the last page of a report, as a path. */
    public static String followLink(String page) {
        Matcher link = FOLLOW_LINK.matcher(page);
        if (!link.find()) {
            throw new AssertionError("No follow-up link on the page:\n" + page);
        }
        return link.group(1);
    }

    private static String token(String page) {
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("The page carries no form token:\n" + page);
        }
        return token.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
