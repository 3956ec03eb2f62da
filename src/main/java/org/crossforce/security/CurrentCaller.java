package org.crossforce.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.crossforce.forces.Force;
import org.crossforce.forces.Forces;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The caller of the current request, for the web layer, the command line and the demo loader. */
@Component
@EnableConfigurationProperties(LocalAnalystProperties.class)
public class CurrentCaller {

    private final Caller localAnalyst;

    CurrentCaller(LocalAnalystProperties properties, Forces forces) {
        Set<ForceCode> scope = properties.forces().isEmpty()
                ? forces.all().stream().map(Force::code).collect(Collectors.toSet())
                : properties.forces().stream().map(forces::require).collect(Collectors.toSet());
        // Until sign-in, the local analyst reads every force it works for, up to its clearance.
        List<Grant> grants = scope.stream().map(f -> new Grant(f, properties.clearance(), true)).toList();
        this.localAnalyst = new Caller(properties.user(), properties.roles(), scope, properties.clearance(),
                properties.purpose(), "", grants);
    }

    public Caller get() {
        Caller caller = localAnalyst;
        return new Caller(caller.user(), caller.roles(), caller.forces(), caller.clearance(), caller.purpose(),
                address(), caller.grants());
    }

    /** The client's address during a web request; outside one, the work was started here. */
    private static String address() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return "command line";
    }
}
