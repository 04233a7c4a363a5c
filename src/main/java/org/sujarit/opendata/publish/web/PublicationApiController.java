package org.sujarit.opendata.publish.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.sujarit.opendata.publish.CkanPublisher;
import org.sujarit.opendata.publish.DatasetSource;
import org.sujarit.opendata.publish.DatasetToPublish;
import org.sujarit.opendata.publish.Publication;
import org.sujarit.opendata.publish.PublicationStatus;
import org.sujarit.platform.web.ApiController;
import org.sujarit.platform.web.DomainException;

/**
 * Publishing a budget document's dataset to a portal, and the publications so far. A failed publication
 * answers 422 with the publication and its reason ({@code error}, in the reader's language).
 */
@ApiController("/api/v1/opendata/publications")
class PublicationApiController {

	private final CkanPublisher publisher;

	private final ObjectProvider<DatasetSource> datasets;

	PublicationApiController(CkanPublisher publisher, ObjectProvider<DatasetSource> datasets) {
		this.publisher = publisher;
		this.datasets = datasets;
	}

	record PublishRequest(@NotNull @Positive Long documentId, @NotNull @Positive Long portalId) {
	}

	/** A publication with its reason for failing, if it failed. */
	record PublicationView(Publication publication, String error) {
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATOR', 'AGENCY_APPROVER')")
	ResponseEntity<PublicationView> publish(@Valid @RequestBody PublishRequest request) {
		DatasetSource source = datasets.getIfAvailable();
		if (source == null) {
			throw DomainException.invalid("opendata.publish.no-dataset-source");
		}
		DatasetToPublish dataset = source.dataset(request.documentId());
		Publication publication;
		try {
			publication = publisher.publish(dataset, request.portalId());
		}
		finally {
			deleteFiles(dataset);
		}
		if (publication.status() == PublicationStatus.PUBLISHED) {
			source.published(request.documentId());
		}
		HttpStatus status = publication.status() == PublicationStatus.PUBLISHED ? HttpStatus.CREATED
				: HttpStatus.UNPROCESSABLE_ENTITY;
		return ResponseEntity.status(status).body(view(publication));
	}

	@GetMapping
	List<PublicationView> recent() {
		return publisher.recent(100).stream().map(this::view).toList();
	}

	@GetMapping("/{id}")
	PublicationView publication(@PathVariable long id) {
		return view(publisher.publication(id));
	}

	/** The dataset's files were written for this publication only (the publisher keeps its own copies). */
	private static void deleteFiles(DatasetToPublish dataset) {
		dataset.resources().stream().map(r -> r.file().getParent()).distinct().forEach(dir -> {
			try {
				org.springframework.util.FileSystemUtils.deleteRecursively(dir);
			}
			catch (java.io.IOException ex) {
				// a temporary directory left behind is harmless; the publication itself is recorded
			}
		});
	}

	private PublicationView view(Publication publication) {
		Locale locale = LocaleContextHolder.getLocale();
		return new PublicationView(publication, publisher.errorMessage(publication, locale));
	}

}
