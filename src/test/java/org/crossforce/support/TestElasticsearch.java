package org.crossforce.support;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;

import org.crossforce.elasticsearch.ElasticsearchProperties;
import org.crossforce.elasticsearch.EmbeddedElasticsearch;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The one real Elasticsearch of a test run, started once per JVM: {@code CROSSFORCE_TEST_ES_URL}
 * if set; else an Elasticsearch container when Docker runs; else the embedded server the
 * application itself runs. Never a mock, and never skipped.
 */
public final class TestElasticsearch {

    private static URI url;

    private TestElasticsearch() {
    }

    public static synchronized URI url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    private static URI start() {
        String configured = System.getenv("CROSSFORCE_TEST_ES_URL");
        if (configured != null && !configured.isBlank()) {
            return URI.create(configured);
        }
        if (dockerRuns()) {
            return container();
        }
        EmbeddedElasticsearch embedded = EmbeddedElasticsearch.start(new ElasticsearchProperties.Embedded(
                home(), null, "512m", 0, Duration.ofMinutes(3), "nobody"));
        return embedded.url();
    }

    private static boolean dockerRuns() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static URI container() {
        Path plugin = Path.of("target/classes/elasticsearch/crossforce-analysis-" + EmbeddedElasticsearch.VERSION + ".zip");
        ImageFromDockerfile image = new ImageFromDockerfile("crossforce-test-elasticsearch", false)
                .withFileFromPath("crossforce-analysis.zip", plugin)
                .withDockerfileFromBuilder(b -> b
                        .from("docker.elastic.co/elasticsearch/elasticsearch:" + EmbeddedElasticsearch.VERSION)
                        .copy("crossforce-analysis.zip", "/tmp/crossforce-analysis.zip")
                        .run("bin/elasticsearch-plugin install --batch file:///tmp/crossforce-analysis.zip")
                        .build());
        ElasticsearchContainer container = new ElasticsearchContainer(
                org.testcontainers.utility.DockerImageName.parse(image.get())
                        .asCompatibleSubstituteFor("docker.elastic.co/elasticsearch/elasticsearch"))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        container.start();
        return URI.create("http://" + container.getHttpHostAddress());
    }

    private static Path home() {
        return reachableDirectory("test-elasticsearch");
    }

    /**
     * {@code target/<name>} when the unprivileged account Elasticsearch runs as can reach it
     * (Elasticsearch refuses root), else a directory of that name under /tmp, which every account
     * can reach.
     */
    public static Path reachableDirectory(String name) {
        Path target = Path.of("target", name).toAbsolutePath();
        for (Path p = target.getParent(); p != null; p = p.getParent()) {
            try {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return Path.of(System.getProperty("java.io.tmpdir"),
                            "crossforce-" + name + "-" + Integer.toHexString(target.hashCode()));
                }
            } catch (java.io.IOException e) {
                break;
            }
        }
        return target;
    }

    /** Points the Spring context of a test at the test run's Elasticsearch. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // Each application context gets its own data directory: two cached contexts must not
            // share one ingest journal. Emails go to the test run's mail server.
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "crossforce.elasticsearch.url=" + url(),
                    "crossforce.data-dir=target/test-data/" + java.util.UUID.randomUUID(),
                    "spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMail.port());
        }
    }
}
