package org.crossforce.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, against the test run's real Elasticsearch. No demo set at
 * start, and a demo set loaded by a test comes without its 80,000 crime records unless the test
 * asks for them ({@code crossforce.demo.crime=true}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"crossforce.demo.enabled=false", "crossforce.demo.crime=false",
                "crossforce.ingest.answer-timeout=30s"})
@ContextConfiguration(initializers = TestElasticsearch.Initializer.class)
public @interface CrossforceIntegrationTest {
}
