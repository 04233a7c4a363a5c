package org.sujarit.opendata.publish.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.sujarit.opendata.publish.CkanPublisher;
import org.sujarit.opendata.publish.Publication;
import org.sujarit.opendata.publish.PublicationStatus;
import org.sujarit.opendata.publish.PublicationView;
import org.sujarit.opendata.publish.Publishing;
import org.sujarit.platform.web.ApiController;

/**
 * Publishing a budget document's dataset, and the publications so far. Without {@code portalId} the
 * document goes to Sujarit's catalogue and every portal it can go to ({@code 201 [publications]}, or 422
 * when one of them failed); with it, to that portal only ({@code 201} publication, or 422 with
 * {@code {publication, error}}, the error in the reader's language). 409 while someone else publishes the
 * dataset.
 */
@ApiController("/api/v1/opendata/publications")
class PublicationApiController {

	private final CkanPublisher publisher;

	private final Publishing publishing;

	PublicationApiController(CkanPublisher publisher, Publishing publishing) {
		this.publisher = publisher;
		this.publishing = publishing;
	}

	/**
	 * @param portalId one portal only; null for Sujarit's catalogue and every portal
	 * @param requestKey the same key sent again answers with the first request's publications
	 */
	record PublishRequest(@NotNull @Positive Long documentId, @Positive Long portalId,
			@Size(max = 100) String requestKey) {
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATOR', 'AGENCY_APPROVER')")
	ResponseEntity<?> publish(@Valid @RequestBody PublishRequest request) {
		if (request.portalId() == null) {
			Publishing.Result result = publishing.publish(request.documentId(), request.requestKey());
			return ResponseEntity.status(result.allPublished() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_ENTITY)
				.body(publishing.views(result.publications(), LocaleContextHolder.getLocale()));
		}
		Publication publication = publishing.publishToPortal(request.documentId(), request.portalId());
		HttpStatus status = publication.status() == PublicationStatus.PUBLISHED ? HttpStatus.CREATED
				: HttpStatus.UNPROCESSABLE_ENTITY;
		return ResponseEntity.status(status).body(view(publication));
	}

	@GetMapping
	List<PublicationView> recent() {
		return publishing.views(publisher.recent(100), LocaleContextHolder.getLocale());
	}

	@GetMapping("/{id}")
	PublicationView publication(@PathVariable long id) {
		return view(publisher.publication(id));
	}

	private PublicationView view(Publication publication) {
		return publishing.views(List.of(publication), LocaleContextHolder.getLocale()).get(0);
	}

}
