package org.crossforce.elasticsearch;

import java.net.URI;

import javax.net.ssl.SSLContext;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import co.elastic.clients.transport.TransportUtils;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
class ElasticsearchConfiguration {

    @Bean
    ElasticsearchEndpoint elasticsearchEndpoint(ElasticsearchProperties properties) {
        if (properties.url() != null) {
            return new ElasticsearchEndpoint(properties.url(), null);
        }
        EmbeddedElasticsearch embedded = EmbeddedElasticsearch.start(properties.embedded());
        return new ElasticsearchEndpoint(embedded.url(), embedded);
    }

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchEndpoint endpoint, ElasticsearchProperties properties) {
        URI url = endpoint.url();
        RestClientBuilder builder = RestClient.builder(new HttpHost(url.getHost(), url.getPort(), url.getScheme()));
        if (properties.apiKey() != null && !properties.apiKey().isBlank()) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + properties.apiKey())});
        }
        SSLContext ssl = sslContext(properties);
        builder.setHttpClientConfigCallback(http -> {
            if (properties.username() != null && !properties.username().isBlank()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(AuthScope.ANY,
                        new UsernamePasswordCredentials(properties.username(), properties.password()));
                http.setDefaultCredentialsProvider(credentials);
            }
            if (ssl != null) {
                http.setSSLContext(ssl);
            }
            return http;
        });
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        // Reads often ask for a few fields of a document: a number left out is then 0, not an error.
        JsonMapper json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        return new ElasticsearchClient(new RestClientTransport(restClient, new Jackson3JsonpMapper(json)));
    }

    private static SSLContext sslContext(ElasticsearchProperties properties) {
        if (properties.caCertificate() == null) {
            return null;
        }
        try {
            return TransportUtils.sslContextFromHttpCaCrt(properties.caCertificate().toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The CA certificate " + properties.caCertificate()
                    + " (crossforce.elasticsearch.ca-certificate) cannot be read: " + e.getMessage(), e);
        }
    }
}
