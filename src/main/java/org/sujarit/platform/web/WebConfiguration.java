package org.sujarit.platform.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.util.WebUtils;
import org.sujarit.platform.thai.ThaiText;

/**
 * Thai by default; {@code ?lang=en} switches to English and {@code ?digits=thai} to Thai digits, both
 * remembered in cookies so they survive across (stateless) nodes.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale THAI = Locale.forLanguageTag("th");

	private static final String DIGITS_COOKIE = "sujarit_digits";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("sujarit_lang");
		resolver.setDefaultLocale(THAI);
		// pages are Thai unless the reader switches; API clients may ask for English with Accept-Language
		resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith("/api/")
				&& request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage())
						? Locale.ENGLISH : THAI);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Links are not rewritten by the resource chain (which webjars-locator-lite switches on). The rewriting
	 * looked every link of every page up as a static file, {@code /reporting/reports/123} too, in every jar
	 * of the classpath, without caching the misses: a quarter of the CPU of the report pages under load
	 * (docs/PERFORMANCE.md). Version-less webjar links such as {@code /webjars/htmx.org/dist/htmx.min.js}
	 * are still served: the webjars resolver finds the file when it is requested.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor languages = new LocaleChangeInterceptor();
		languages.setParamName("lang");
		languages.setIgnoreInvalidLocale(true);
		registry.addInterceptor(languages);
		registry.addInterceptor(new DigitsPreference());
	}

	/** Reads and remembers the reader's choice between Thai and Arabic digits. */
	static final class DigitsPreference implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String requested = request.getParameter("digits");
			boolean thai;
			if ("thai".equals(requested) || "arabic".equals(requested)) {
				thai = "thai".equals(requested);
				ResponseCookie cookie = ResponseCookie.from(DIGITS_COOKIE, requested)
					.path("/")
					.maxAge(Duration.ofDays(365))
					.sameSite("Lax")
					.httpOnly(true)
					.build();
				response.addHeader("Set-Cookie", cookie.toString());
			}
			else {
				var cookie = WebUtils.getCookie(request, DIGITS_COOKIE);
				thai = cookie != null && "thai".equals(cookie.getValue());
			}
			request.setAttribute(ThaiText.DIGITS, thai);
			return true;
		}

	}

}
