package org.crossforce.cli;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The relational store, the audit trail and accounts: no Elasticsearch, no web. */
@Configuration(proxyBeanMethods = false)
@Import(AuditContext.class)
@ComponentScan(basePackages = {"org.crossforce.forces", "org.crossforce.security"})
class AccountContext {
}
