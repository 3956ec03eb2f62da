package org.crossforce.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/** API tokens for scripts: the bearer token names an enabled, unlocked account. */
class ApiTokens implements OpaqueTokenIntrospector {

    private final Accounts accounts;

    ApiTokens(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        return accounts.byToken(token).map(account -> SignedInUser.of(account, SignedInUser.Via.TOKEN))
                .orElseThrow(() -> new BadOpaqueTokenException(
                        "The API token is not known, has expired or was revoked."));
    }
}
