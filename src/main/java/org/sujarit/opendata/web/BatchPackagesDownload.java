package org.sujarit.opendata.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.sujarit.opendata.BatchPackages;

/** Sends a national batch's zip as a download and deletes the temporary file, sent or not. */
final class BatchPackagesDownload {

	private BatchPackagesDownload() {
	}

	static void send(BatchPackages packages, HttpServletResponse response) throws IOException {
		Path zip = packages.zip();
		try (InputStream in = Files.newInputStream(zip)) {
			response.setContentType("application/zip");
			response.setContentLengthLong(Files.size(zip));
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("opendata-batch.zip").build().toString());
			response.setHeader("X-Sujarit-Packaged", String.valueOf(packages.packaged()));
			OutputStream out = response.getOutputStream();
			in.transferTo(out);
			out.flush();
		}
		finally {
			Files.deleteIfExists(zip);
		}
	}

}
