package org.sujarit.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The open-data API under {@code /api/v1/public/**}: readable from any web site (CORS, GET only, no
 * credentials), with an ETag so clients can revalidate cheaply. Controllers there say how long a response
 * may be cached ({@link OpenData}).
 */
@Configuration(proxyBeanMethods = false)
class OpenDataConfiguration implements WebMvcConfigurer {

	static final String PUBLIC_API = "/api/v1/public/**";

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping(PUBLIC_API)
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.allowCredentials(false)
			.exposedHeaders("ETag", "Content-Disposition")
			.maxAge(3600);
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> openDataEtags() {
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(
				new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/v1/public/*");
		return registration;
	}

}
