package org.sujarit.opendata.publish.web;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.sujarit.opendata.publish.Catalogue;
import org.sujarit.platform.files.FileStore;
import org.sujarit.platform.web.DomainException;

/**
 * The files of published datasets, from Sujarit's own copies: the download URLs of the catalogue. Only
 * files of a successful publication are served; anyone may download them.
 */
@RestController
class PublishedFileController {

	private final Catalogue catalogue;

	private final FileStore files;

	PublishedFileController(Catalogue catalogue, FileStore files) {
		this.catalogue = catalogue;
		this.files = files;
	}

	@GetMapping("/api/v1/public/opendata/files/{resourceId}")
	ResponseEntity<Resource> download(@PathVariable long resourceId) {
		return catalogue.file(resourceId)
			.map(resource -> files.download(resource.fileId()))
			.orElseThrow(() -> DomainException.notFound("opendata.publish.file-not-found", resourceId));
	}

}
