package org.crossforce.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * On every part of the portal: none is there when {@code crossforce.portal.enabled} is false, as on a
 * workbench in an inner network zone whose public pages a separate portal process serves. The
 * portal process itself always has them ({@link PortalProcess}).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnBooleanProperty(name = PortalEnabled.SETTING, matchIfMissing = true)
public @interface PortalEnabled {

    String SETTING = "crossforce.portal.enabled";
}
