package org.sujarit.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * HTML errors: a page in the reader's language ({@code error/problem.html}) saying what went wrong and
 * what to do, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(2)
class PageExceptionHandler {

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException ex, HttpServletResponse response) {
		return page(ex.status(), ex.code(), ex.arguments(), response);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView concurrentEdit(HttpServletResponse response) {
		return page(HttpStatus.CONFLICT, "platform.error.concurrent-edit", new Object[0], response);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletResponse response) {
		return page(HttpStatus.PAYLOAD_TOO_LARGE, "platform.error.upload-too-large", new Object[0], response);
	}

	private static ModelAndView page(HttpStatus status, String code, Object[] arguments,
			HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("code", code);
		page.addObject("arguments", arguments);
		return page;
	}

}
