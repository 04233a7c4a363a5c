package org.sujarit.opendata.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.opendata.BatchPackages;
import org.sujarit.opendata.OpenData;
import org.sujarit.platform.web.ApiController;
import org.sujarit.platform.web.DomainException;

/**
 * The national batch for large files: the CSV is the request body itself (no multipart form, so no upload
 * form limit; the batch's own size limit applies), the answer the zip of packages with {@code report.csv}
 * and {@code issues.csv}; 422 with a problem when the file gives no packages or cannot be read as CSV.
 */
@ApiController("/api/v1/opendata/batch")
class BatchApiController {

	private final OpenData openData;

	BatchApiController(OpenData openData) {
		this.openData = openData;
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE })
	void packageAll(@RequestParam(name = "fileName", defaultValue = "batch.csv") String fileName,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		BatchPackages packages;
		try (InputStream in = request.getInputStream()) {
			packages = openData.packageBatch(in, fileName);
		}
		if (packages.zip() == null) {
			throw DomainException.invalid(packages.refusal());
		}
		BatchPackagesDownload.send(packages, response);
	}

}
