package org.sujarit.opendata.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.sujarit.opendata.DocumentType;

/**
 * The upload form: which LAO (its DLA code; fixed to the officer's own LAO for its reporters), fiscal
 * year (B.E.) and document type. The file itself is a separate multipart part.
 */
record UploadForm(@NotBlank(message = "{opendata.upload.lao.required}") @Pattern(regexp = "\\s*[0-9๐-๙]{7}\\s*",
		message = "{opendata.upload.lao.format}") String laoCode,
		@NotNull(message = "{opendata.upload.fiscal-year.required}") @Min(value = 2500,
				message = "{opendata.upload.fiscal-year.range}") @Max(value = 2700,
						message = "{opendata.upload.fiscal-year.range}") Integer fiscalYear,
		@NotNull(message = "{opendata.upload.type.required}") DocumentType documentType) {
}
