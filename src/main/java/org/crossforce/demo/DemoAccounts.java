package org.crossforce.demo;

import java.util.List;
import java.util.Set;

import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.security.Accounts;
import org.crossforce.security.SharingAgreements;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for a few forces, roles and clearances, and the sharing agreements of Operation
 * Harbourlight between them, created once, at the first start with the demo set. The README lists
 * them; their password is public, so they are for demonstrations only.
 */
@Component
@ConditionalOnWebApplication
@Order(1)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "crossforce-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final ForceCode KENT = ForceCode.of("kent");
    private static final ForceCode MET = ForceCode.of("metropolitan");
    private static final ForceCode CITY = ForceCode.of("city-of-london");
    private static final ForceCode BTP = ForceCode.of("btp");

    private final DemoProperties properties;
    private final Accounts accounts;
    private final SharingAgreements agreements;

    private final DocumentIndexer indexer;
    private final DemoPublicReports publicReports;
    private final String serverAddress;

    DemoAccounts(DemoProperties properties, Accounts accounts, SharingAgreements agreements, DocumentIndexer indexer,
            DemoPublicReports publicReports, @Value("${server.address:0.0.0.0}") String serverAddress) {
        this.properties = properties;
        this.accounts = accounts;
        this.agreements = agreements;
        this.indexer = indexer;
        this.publicReports = publicReports;
        this.serverAddress = serverAddress;
    }

    static boolean loopback(String address) {
        try {
            return java.net.InetAddress.getByName(address).isLoopbackAddress();
        } catch (java.net.UnknownHostException unknown) {
            return false;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        // Only with the demo set itself, on a Crossforce nobody else can reach: accounts whose
        // password is in the README must never open real data.
        if (!properties.enabled() || indexer.countAll() > 0 || accounts.find("kent.analyst").isPresent()) {
            return;
        }
        if (!loopback(serverAddress)) {
            log.warn("Demo accounts not created: Crossforce listens on {}, beyond this machine", serverAddress);
            return;
        }
        try {
            create();
            publicReports.submit(); // only with the accounts: a second start must not send them again
        } catch (IllegalArgumentException anotherInstanceWasFirst) {
            log.info("Demo accounts were created by another Crossforce on the same store");
        }
    }

    private void create() {
        Caller setup = new Caller("demo set", Set.of(Roles.ADMINISTRATOR), Set.of(), Marking.OFFICIAL, "", "",
                List.of());
        account(setup, "kent.analyst", "Asha Patel (demo)", Roles.ANALYST, KENT, Marking.SECRET);
        account(setup, "met.analyst", "Ben Okafor (demo)", Roles.ANALYST, MET, Marking.OFFICIAL_SENSITIVE);
        account(setup, "city.supervisor", "Claire Dunn (demo)", Roles.SUPERVISOR, CITY, Marking.OFFICIAL_SENSITIVE);
        account(setup, "btp.intake", "Dev Sharma (demo)", Roles.INTAKE, BTP, Marking.OFFICIAL_SENSITIVE);
        account(setup, "kent.intake", "Femi Adebayo (demo)", Roles.INTAKE, KENT, Marking.OFFICIAL_SENSITIVE);
        account(setup, "auditor", "Erin Walsh (demo)", Roles.AUDITOR, null, Marking.OFFICIAL);
        Set<String> readers = Set.copyOf(Roles.READERS);
        agreements.add(setup, MET, KENT, Marking.OFFICIAL_SENSITIVE, readers, false, "");
        agreements.add(setup, BTP, KENT, Marking.OFFICIAL_SENSITIVE, readers, true,
                "Operation Harbourlight only. Not to be disseminated further without the consent of the "
                        + "BTP Intelligence Unit.");
        agreements.add(setup, KENT, MET, Marking.OFFICIAL, readers, false, "");
        agreements.add(setup, CITY, MET, Marking.OFFICIAL_SENSITIVE, readers, false, "");
        agreements.add(setup, MET, CITY, Marking.OFFICIAL, readers, false, "");
        log.info("Demo accounts created (password '{}'): kent.analyst, met.analyst, city.supervisor, btp.intake, "
                + "kent.intake, auditor", PASSWORD);
    }

    private void account(Caller setup, String username, String name, String role, ForceCode home, Marking clearance) {
        accounts.create(setup, new Accounts.NewAccount(username, name, Set.of(role), home, clearance, PASSWORD, false));
    }
}
