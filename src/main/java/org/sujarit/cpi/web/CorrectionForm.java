package org.sujarit.cpi.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * A coordinator's correction of one source score.
 */
record CorrectionForm(
		@NotNull(message = "{cpi.score.required}") @DecimalMin(value = "0", message = "{cpi.score.range}")
		@DecimalMax(value = "100", message = "{cpi.score.range}")
		@Digits(integer = 3, fraction = 4, message = "{cpi.score.digits}") BigDecimal score,
		@NotNull Integer version) {

}
