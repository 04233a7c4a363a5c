package org.sujarit.directory.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sujarit.directory.Agency;
import org.sujarit.directory.AgencyType;
import org.sujarit.directory.Directory;
import org.sujarit.platform.web.ApiController;

/**
 * Agencies as JSON: search with filters and paging, and one agency by id.
 */
@ApiController("/api/v1/agencies")
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class AgencyApiController {

	static final int MAX_SIZE = 500;

	private final Directory directory;

	AgencyApiController(Directory directory) {
		this.directory = directory;
	}

	/** One page of agencies; {@code page} counts from 1. */
	record AgencyPage(List<Agency> items, int page, int size, int total) {
	}

	@GetMapping
	AgencyPage search(@RequestParam(required = false) String q, @RequestParam(required = false) AgencyType type,
			@RequestParam(required = false) String province, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "50") int size) {
		int pageSize = Math.max(1, Math.min(MAX_SIZE, size));
		Paging paging = Paging.of(page, pageSize, directory.count(q, type, province));
		return new AgencyPage(directory.search(q, type, province, paging.size(), paging.offset()), paging.page(),
				paging.size(), paging.total());
	}

	@GetMapping("/{id}")
	Agency agency(@PathVariable long id) {
		return directory.requireAgency(id);
	}

}
