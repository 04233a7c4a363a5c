package org.sujarit.platform.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * JSON errors for {@code /api/v1}: RFC 9457 problem details with a stable {@code code} and a message in
 * the caller's language (Accept-Language). Server faults never leak their detail.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(1)
class ApiExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ProblemDetail domain(DomainException ex, Locale locale) {
		return problem(ex.status(), ex.code(), ex.arguments(), locale);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentEdit(Locale locale) {
		return problem(HttpStatus.CONFLICT, "platform.error.concurrent-edit", new Object[0], locale);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "platform.error.forbidden", new Object[0], locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(Locale locale) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "platform.error.upload-too-large", new Object[0], locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, "platform.error.invalid", new Object[0],
				locale);
		problem.setProperty("fields", ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale)))
			.toList());
		return problem;
	}

	private ProblemDetail problem(HttpStatus status, String code, Object[] arguments, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(code, arguments, code, locale));
		problem.setProperty("code", code);
		return problem;
	}

	record FieldProblem(String field, String message) {
	}

}
