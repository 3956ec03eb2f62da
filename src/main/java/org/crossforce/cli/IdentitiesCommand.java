package org.crossforce.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code identities}: the identity REST API of a running Crossforce from the command line, with an
 * analyst's token and a stated purpose: the identity of a record, a profile, its candidates, a
 * pair's explanation, the review queue, a judgement, a split, the export and a full re-run.
 * Answers print as JSON (CSV for the export), so scripts can read them.
 */
@Command(name = IdentitiesCommand.NAME, mixinStandardHelpOptions = true,
        description = "Ask a running Crossforce about identities, judge candidate matches, export the resolution.",
        subcommands = {IdentitiesCommand.Of.class, IdentitiesCommand.Profile.class, IdentitiesCommand.Candidates.class,
                IdentitiesCommand.Explain.class, IdentitiesCommand.Review.class, IdentitiesCommand.Judge.class,
                IdentitiesCommand.Split.class, IdentitiesCommand.Merge.class, IdentitiesCommand.Export.class,
                IdentitiesCommand.Resolve.class})
final class IdentitiesCommand {

    static final String NAME = "identities";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--url", defaultValue = "${env:CROSSFORCE_URL}", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "the running Crossforce (or CROSSFORCE_URL), such as http://localhost:8080")
    String url;

    @Option(names = "--token", defaultValue = "${env:CROSSFORCE_TOKEN}", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "an analyst's API token (or CROSSFORCE_TOKEN)")
    String token;

    @Option(names = "--purpose", defaultValue = "${env:CROSSFORCE_PURPOSE}", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "why you are looking (or CROSSFORCE_PURPOSE), as the audit trail records it")
    String purpose;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One call: GET or POST a path, print what comes back, exit 0 on success and 1 otherwise. */
    abstract static class Call implements Callable<Integer> {

        @picocli.CommandLine.ParentCommand
        IdentitiesCommand parent;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        abstract String path();

        String body() {
            return null;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (parent.url == null || parent.url.isBlank()) {
                err.println("Say which Crossforce to ask: --url or CROSSFORCE_URL.");
                return 2;
            }
            RestClient.Builder builder = RestClient.builder().baseUrl(parent.url);
            if (parent.token != null && !parent.token.isBlank()) {
                builder.defaultHeader("Authorization", "Bearer " + parent.token.strip());
            }
            if (parent.purpose != null && !parent.purpose.isBlank()) {
                builder.defaultHeader("Crossforce-Purpose", parent.purpose.strip());
            }
            RestClient http = builder.build();
            URI uri = URI.create(parent.url.replaceAll("/+$", "") + path());
            try {
                var request = body() == null ? http.get().uri(uri)
                        : http.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(body());
                return request.exchange((req, response) -> {
                    String answer = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        String reason = answer;
                        try {
                            reason = JSON.readTree(answer).path("reason").asString(answer);
                        } catch (RuntimeException notJson) {
                            // the body as it came
                        }
                        err.println("Crossforce answered " + response.getStatusCode().value() + ": " + reason);
                        return 1;
                    }
                    out.println(pretty(answer));
                    return 0;
                });
            } catch (RuntimeException e) {
                err.println("Crossforce at " + parent.url + " could not be reached: " + e.getMessage());
                return 1;
            }
        }

        private static String pretty(String answer) {
            try {
                JsonNode tree = JSON.readTree(answer);
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            } catch (RuntimeException notJson) {
                return answer.strip();
            }
        }

        static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        static String quoted(String s) {
            return s == null ? "null" : JSON.writeValueAsString(s);
        }
    }

    @Command(name = "of", description = "The identity of each person of a record, or of one person (<record id>#<n>).")
    static final class Of extends Call {
        @Parameters(paramLabel = "RECORD")
        String record;

        String path() {
            return "/api/records/" + encode(record) + "/identity";
        }
    }

    @Command(name = "profile", description = "An identity: its records, spellings, dates of birth, forces and judgements.")
    static final class Profile extends Call {
        @Parameters(paramLabel = "IDENTITY")
        String identity;

        String path() {
            return "/api/identities/" + encode(identity);
        }
    }

    @Command(name = "candidates", description = "Records weighed against an identity and not joined, with why.")
    static final class Candidates extends Call {
        @Parameters(paramLabel = "IDENTITY")
        String identity;

        String path() {
            return "/api/identities/" + encode(identity) + "/candidates";
        }
    }

    @Command(name = "explain", description = "Why two person records are, or are not, one person.")
    static final class Explain extends Call {
        @Parameters(index = "0", paramLabel = "A")
        String a;

        @Parameters(index = "1", paramLabel = "B")
        String b;

        String path() {
            return "/api/identities/explain?a=" + encode(a) + "&b=" + encode(b);
        }
    }

    @Command(name = "review", description = "The review queue, highest impact first.")
    static final class Review extends Call {
        @Option(names = "--limit", defaultValue = "50")
        int limit;

        @Option(names = "--name", description = "only pairs where a record's name holds this")
        String name;

        String path() {
            return "/api/identities/review?limit=" + limit + (name == null ? "" : "&name=" + encode(name));
        }
    }

    @Command(name = "judge", description = "Judge two person records one person (--same) or different people (--different).")
    static final class Judge extends Call {
        @Parameters(index = "0", paramLabel = "A")
        String a;

        @Parameters(index = "1", paramLabel = "B")
        String b;

        @picocli.CommandLine.ArgGroup(multiplicity = "1")
        Verdict verdict;

        @Option(names = "--reason")
        String reason;

        static final class Verdict {
            @Option(names = "--same", required = true)
            boolean same;

            @Option(names = "--different", required = true)
            boolean different;
        }

        String path() {
            return "/api/identities/judgements";
        }

        @Override
        String body() {
            return "{\"a\":" + quoted(a) + ",\"b\":" + quoted(b) + ",\"same\":" + verdict.same + ",\"reason\":"
                    + quoted(reason) + "}";
        }
    }

    @Command(name = "split", description = "Take one person record out of its identity.")
    static final class Split extends Call {
        @Parameters(index = "0", paramLabel = "IDENTITY")
        String identity;

        @Parameters(index = "1", paramLabel = "RECORD")
        String record;

        @Option(names = "--reason")
        String reason;

        String path() {
            return "/api/identities/" + encode(identity) + "/split";
        }

        @Override
        String body() {
            return "{\"record\":" + quoted(record) + ",\"reason\":" + quoted(reason) + "}";
        }
    }

    @Command(name = "merge", description = "Join another identity into this one.")
    static final class Merge extends Call {
        @Parameters(index = "0", paramLabel = "IDENTITY")
        String identity;

        @Parameters(index = "1", paramLabel = "WITH")
        String with;

        @Option(names = "--reason")
        String reason;

        String path() {
            return "/api/identities/" + encode(identity) + "/merge";
        }

        @Override
        String body() {
            return "{\"with\":" + quoted(with) + ",\"reason\":" + quoted(reason) + "}";
        }
    }

    @Command(name = "export", description = "The resolution as CSV: source_system,source_key,identity_id.")
    static final class Export extends Call {
        @Option(names = "--source-system")
        String sourceSystem;

        String path() {
            return "/api/identities/export" + (sourceSystem == null ? "" : "?source_system=" + encode(sourceSystem));
        }
    }

    @Command(name = "resolve", description = "Re-resolve everything, after a change of model or thresholds.")
    static final class Resolve extends Call {
        String path() {
            return "/api/identities/resolve";
        }

        @Override
        String body() {
            return "{}";
        }
    }
}
