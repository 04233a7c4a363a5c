package org.sujarit.reporting.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.sujarit.reporting.RoundKind;

/**
 * The coordinator's "open a round" form. Dates are entered as ISO dates by the browser's date picker.
 */
public record RoundForm(@NotNull @Min(2500) @Max(2700) Integer fiscalYear, @NotNull RoundKind kind,
		@Size(max = 200) String titleTh, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate customStart,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate customEnd,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {
}
