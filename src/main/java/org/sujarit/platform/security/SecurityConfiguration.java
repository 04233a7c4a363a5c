package org.sujarit.platform.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Who may reach what. Pages need a sign-in except the public ones; finer rules (own agency only,
 * approver only) are enforced in each module's service with {@link CurrentUser}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with room to move to argon2 without invalidating stored hashes
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottledAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
			SignInThrottle throttle) {
		return new ThrottledAuthenticationProvider(users, encoder, throttle);
	}

	/**
	 * No Micrometer observation around each of the security chain's filters, authentications and
	 * authorizations: nothing consumes them (no tracing; the HTTP request metrics stay), and wrapping some
	 * fifteen filters per request cost about 2 % of the application's CPU in the load test
	 * (docs/PERFORMANCE.md).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Only for the web app: operator commands run without a web server (see platform.cli). */
	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/", "/login", "/public/**", "/account-requests", "/account-requests/**",
					"/css/**", "/js/**", "/fonts/**", "/img/**", "/webjars/**", "/favicon.ico", "/error",
					"/api/v1/public/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
					"/actuator/health/**", "/api/3/action/**", "/catalog.jsonld", "/catalog.ttl")
			.permitAll()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/home", true).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/?signedOut").permitAll())
			.httpBasic(basic -> {
			})
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
					new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), new AntPathRequestMatcher("/api/**")))
			// API clients that send credentials (HTTP Basic) are not browsers riding on a cookie
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
