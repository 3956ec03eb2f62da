package org.crossforce.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crossforce.portal.Limits;
import org.crossforce.portal.PortalEnabled;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Pages per minute per address; what a person reads in a minute is far below the limit. */
@Configuration(proxyBeanMethods = false)
@PortalEnabled
class PageLimits implements WebMvcConfigurer {

    private final Limits limits;

    PageLimits(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                if (limits.allow(Limits.Kind.PAGE, request.getRemoteAddr())) {
                    response.setHeader("Cache-Control", "no-store");
                    return true;
                }
                response.setStatus(429);
                response.setContentType("text/plain;charset=UTF-8");
                response.setHeader("Retry-After", "60");
                response.getWriter().write("Too many pages have been asked for from your connection in the last minute. "
                        + "Wait a minute and try again. In an emergency, call 999.");
                return false;
            }
        }).addPathPatterns("/public/**").excludePathPatterns("/public/assets/**", "/public/map/**");
    }
}
