package org.crossforce.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The portal's own style, script and map library, all served from Crossforce under {@code /public/assets}. */
@Configuration(proxyBeanMethods = false)
@PortalEnabled
@EnableConfigurationProperties(PortalProperties.class)
class PortalConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/public/assets/leaflet/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/leaflet/1.9.4/dist/");
        registry.addResourceHandler("/public/assets/**").addResourceLocations("classpath:/portal/assets/");
    }
}
