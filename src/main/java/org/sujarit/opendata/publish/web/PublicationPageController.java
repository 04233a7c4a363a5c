package org.sujarit.opendata.publish.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.sujarit.opendata.publish.CkanPublisher;

/** The publications the user may see, with their portal URLs and errors. */
@Controller
class PublicationPageController {

	private final CkanPublisher publisher;

	PublicationPageController(CkanPublisher publisher) {
		this.publisher = publisher;
	}

	@GetMapping("/opendata/publications")
	String publications(Model model) {
		var locale = LocaleContextHolder.getLocale();
		model.addAttribute("rows", publisher.recent(200)
			.stream()
			.map(p -> new PublicationApiController.PublicationView(p, publisher.errorMessage(p, locale)))
			.toList());
		return "opendata/publications";
	}

}
