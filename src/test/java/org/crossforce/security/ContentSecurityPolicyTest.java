package org.crossforce.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void theMapsTileServerIsTheOnlyOtherPlaceImagesMayComeFrom() {
        assertThat(WebSecurityConfiguration.contentSecurityPolicy(""))
                .isEqualTo(WebSecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(WebSecurityConfiguration.contentSecurityPolicy("https://tiles.force.police.uk:8443/osm/{z}/{x}/{y}.png"))
                .contains("img-src 'self' data: blob: https://tiles.force.police.uk:8443;")
                .contains("default-src 'self';", "connect-src 'self';");
    }
}
