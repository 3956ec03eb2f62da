package org.crossforce.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Demo accounts, whose password is public, only on a Crossforce that listens on this machine alone. */
class DemoAccountsTest {

    @Test
    void onlyLoopbackAddressesCountAsThisMachineAlone() {
        assertThat(DemoAccounts.loopback("127.0.0.1")).isTrue();
        assertThat(DemoAccounts.loopback("::1")).isTrue();
        assertThat(DemoAccounts.loopback("localhost")).isTrue();
        assertThat(DemoAccounts.loopback("0.0.0.0")).isFalse();
        assertThat(DemoAccounts.loopback("10.20.30.40")).isFalse();
        assertThat(DemoAccounts.loopback("no-such-host.invalid")).isFalse();
    }
}
