package org.sujarit.opendata.publish.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.opendata.publish.CkanPublisher;
import org.sujarit.opendata.publish.Publishing;

/** The publications the user may see, with their targets, portal URLs and errors. */
@Controller
class PublicationPageController {

	private final CkanPublisher publisher;

	private final Publishing publishing;

	PublicationPageController(CkanPublisher publisher, Publishing publishing) {
		this.publisher = publisher;
		this.publishing = publishing;
	}

	@GetMapping("/opendata/publications")
	String publications(Model model) {
		model.addAttribute("rows", publishing.views(publisher.recent(200), LocaleContextHolder.getLocale()));
		return "opendata/publications";
	}

}
