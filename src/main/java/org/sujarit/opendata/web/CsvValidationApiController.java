package org.sujarit.opendata.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.sujarit.opendata.OpenData;
import org.sujarit.platform.web.ApiController;
import org.sujarit.platform.web.DomainException;

/**
 * Checks an open-data budget CSV against the published Table Schema and the budget rules before it is
 * published, without storing it; answers a Frictionless-style report (200 whether valid or not; 422 with
 * a problem when the file cannot be read as CSV text, 413 past the upload limit).
 */
@ApiController("/api/v1/opendata/validate")
class CsvValidationApiController {

	private final OpenData openData;

	private final MessageSource messages;

	CsvValidationApiController(OpenData openData, MessageSource messages) {
		this.openData = openData;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Map<String, Object> validate(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "laoCode", required = false) String laoCode,
			@RequestParam(name = "fiscalYear", required = false) Integer fiscalYear) throws IOException {
		if (file == null || file.isEmpty()) {
			throw DomainException.invalid("opendata.upload.file-missing");
		}
		try (InputStream in = file.getInputStream()) {
			return CsvReports.frictionless(openData.validateCsv(in, file.getOriginalFilename(), laoCode, fiscalYear),
					messages);
		}
	}

}
