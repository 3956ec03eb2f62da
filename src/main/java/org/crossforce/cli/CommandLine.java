package org.crossforce.cli;

import java.util.Arrays;
import java.util.Set;

import org.crossforce.audit.AuditTrail;
import org.crossforce.ingestion.Reextraction;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a command in a Spring context without the web. The application class is handed in, so
 * that this module does not depend on it.
 */
public final class CommandLine {

    public static final Set<String> COMMANDS = Set.of("ingest", GenerateCorpusCommand.NAME, BenchmarkIngestCommand.NAME,
            AuditVerifyCommand.NAME, AccountCommand.NAME, BenchmarkSearchCommand.NAME, NerEvalCommand.NAME,
            ReextractCommand.NAME, BenchmarkEntitiesCommand.NAME, BenchmarkHotspotsCommand.NAME, ErEvalCommand.NAME,
            BenchmarkIdentitiesCommand.NAME, IdentitiesCommand.NAME,
            ResolveIdentitiesCommand.NAME, BenchmarkPortalCommand.NAME);

    private CommandLine() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(Class<?> application, String[] args) {
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (GenerateCorpusCommand.NAME.equals(args[0])) {
            return GenerateCorpusCommand.execute(rest); // needs no services: no context, no Elasticsearch
        }
        if (NerEvalCommand.NAME.equals(args[0])) {
            return new picocli.CommandLine(new NerEvalCommand()).execute(rest); // pure: no context either
        }
        if (IdentitiesCommand.NAME.equals(args[0])) {
            return new picocli.CommandLine(new IdentitiesCommand()).execute(rest); // a client of a running Crossforce
        }
        if (BenchmarkIdentitiesCommand.NAME.equals(args[0])) {
            return new picocli.CommandLine(new BenchmarkIdentitiesCommand()).execute(rest); // pure: no context either
        }
        if (ErEvalCommand.NAME.equals(args[0])) {
            return new picocli.CommandLine(new ErEvalCommand()).execute(rest); // pure: no context either
        }
        if (BenchmarkIngestCommand.NAME.equals(args[0])) {
            return new picocli.CommandLine(new BenchmarkIngestCommand(ocr -> start(application,
                    "crossforce.extraction.ocr.enabled=" + ocr))).execute(rest);
        }
        if (BenchmarkEntitiesCommand.NAME.equals(args[0])) {
            return new picocli.CommandLine(new BenchmarkEntitiesCommand(() -> start(application))).execute(rest);
        }
        if (BenchmarkHotspotsCommand.NAME.equals(args[0])) {
            return new picocli.CommandLine(new BenchmarkHotspotsCommand(() -> start(application))).execute(rest);
        }
        if (BenchmarkSearchCommand.NAME.equals(args[0])) {
            return new picocli.CommandLine(new BenchmarkSearchCommand(() -> start(application))).execute(rest);
        }
        if (BenchmarkPortalCommand.NAME.equals(args[0])) {
            return new picocli.CommandLine(new BenchmarkPortalCommand(settings -> startWeb(application, settings)))
                    .execute(rest);
        }
        if (AuditVerifyCommand.NAME.equals(args[0])) {
            try (ConfigurableApplicationContext audit = new SpringApplicationBuilder(AuditContext.class)
                    .web(WebApplicationType.NONE).logStartupInfo(false)
                    .properties("spring.main.banner-mode=off", "logging.level.root=warn").run(rest)) {
                return new picocli.CommandLine(new AuditVerifyCommand(() -> audit.getBean(AuditTrail.class)))
                        .execute(rest);
            }
        }
        if (AccountCommand.NAME.equals(args[0])) {
            ConfigurableApplicationContext[] store = new ConfigurableApplicationContext[1];
            try {
                return new picocli.CommandLine(new AccountCommand(() -> {
                    store[0] = new SpringApplicationBuilder(AccountContext.class).web(WebApplicationType.NONE)
                            .logStartupInfo(false)
                            .properties("spring.main.banner-mode=off", "logging.level.root=warn").run(rest);
                    return store[0].getBean(org.crossforce.security.Accounts.class);
                })).execute(rest);
            } finally {
                if (store[0] != null) {
                    store[0].close();
                }
            }
        }
        if (ResolveIdentitiesCommand.NAME.equals(args[0])) {
            ConfigurableApplicationContext[] running = new ConfigurableApplicationContext[1];
            try {
                return new picocli.CommandLine(new ResolveIdentitiesCommand(() -> {
                    running[0] = start(application);
                    return running[0].getBean(org.crossforce.identity.IdentityService.class);
                })).execute(rest);
            } finally {
                if (running[0] != null) {
                    running[0].close();
                }
            }
        }
        if (ReextractCommand.NAME.equals(args[0])) {
            ConfigurableApplicationContext[] running = new ConfigurableApplicationContext[1];
            try {
                return new picocli.CommandLine(new ReextractCommand(() -> {
                    running[0] = start(application);
                    return running[0].getBean(Reextraction.class);
                })).execute(rest);
            } finally {
                if (running[0] != null) {
                    running[0].close();
                }
            }
        }
        ConfigurableApplicationContext[] context = new ConfigurableApplicationContext[1];
        try {
            // Spring and Elasticsearch start only when the files are ingested here, not sent to a
            // running Crossforce with --url.
            return new picocli.CommandLine(new IngestCommand(() -> {
                context[0] = start(application);
                return context[0].getBean(LocalIngestor.class);
            })).execute(rest);
        } finally {
            if (context[0] != null) {
                context[0].close();
            }
        }
    }

    /**
     * Crossforce as {@code java -jar} runs it, web server and all, with the settings given: for a
     * command that measures it over HTTP.
     */
    private static ConfigurableApplicationContext startWeb(Class<?> application, java.util.List<String> settings) {
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(
                "--crossforce.demo.enabled=false",
                "--crossforce.ingest.inbox-enabled=false",
                "--crossforce.identity.resolve-on-start=false"));
        settings.forEach(setting -> arguments.add("--" + setting));
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=warn",
                        "logging.level.org.crossforce.elasticsearch=info")
                .run(arguments.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(Class<?> application, String... settings) {
        // As arguments, not default properties: application.yml would override those.
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(
                "--crossforce.demo.enabled=false",
                "--crossforce.ingest.inbox-enabled=false",
                // A command resolves identities only when asked to (resolve-identities).
                "--crossforce.identity.resolve-on-start=false"));
        for (String setting : settings) {
            arguments.add("--" + setting);
        }
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties(
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "spring.main.banner-mode=off",
                        "logging.level.root=warn",
                        "logging.level.org.crossforce.elasticsearch=info")
                .run(arguments.toArray(String[]::new));
    }
}
