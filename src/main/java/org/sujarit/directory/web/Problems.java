package org.sujarit.directory.web;

import java.util.Arrays;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.platform.web.DomainException;

/**
 * Puts a rule broken by a form submission on the page (or on the page redirected to) as a message key and
 * its arguments, for {@code directory/fragments/problem}.
 */
final class Problems {

	static final String CONCURRENT_EDIT = "platform.error.concurrent-edit";

	private Problems() {
	}

	static void show(Model model, DomainException ex) {
		show(model, ex.code(), ex.arguments());
	}

	static void show(Model model, String code, Object... arguments) {
		model.addAttribute("problemCode", code);
		model.addAttribute("problemArgs", strings(arguments));
	}

	static void flash(RedirectAttributes redirect, DomainException ex) {
		flash(redirect, ex.code(), ex.arguments());
	}

	static void flash(RedirectAttributes redirect, String code, Object... arguments) {
		redirect.addFlashAttribute("problemCode", code);
		redirect.addFlashAttribute("problemArgs", strings(arguments));
	}

	private static String[] strings(Object[] arguments) {
		return Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
	}

}
