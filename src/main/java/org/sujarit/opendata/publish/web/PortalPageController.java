package org.sujarit.opendata.publish.web;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.Agency;
import org.sujarit.directory.Directory;
import org.sujarit.opendata.publish.PortalCredential;
import org.sujarit.opendata.publish.PortalSettings;

/**
 * Administrators and coordinators set up the portals and each local government's organisation and API
 * token on them. Tokens are write-only: the page shows only their last four characters.
 */
@Controller
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'COORDINATOR')")
class PortalPageController {

	private final PortalSettings settings;

	private final Directory directory;

	PortalPageController(PortalSettings settings, Directory directory) {
		this.settings = settings;
		this.directory = directory;
	}

	@GetMapping("/opendata/portals")
	String portals(Model model) {
		model.addAttribute("portals", settings.portals());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", PortalForm.empty());
		}
		return "opendata/portals";
	}

	@PostMapping("/opendata/portals")
	String addPortal(@Valid @ModelAttribute("form") PortalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("portals", settings.portals());
			return "opendata/portals";
		}
		long id = settings.addPortal(form.name(), form.baseUrl(), form.licenseId());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/opendata/portals/" + id;
	}

	@GetMapping("/opendata/portals/{id}")
	String portal(@PathVariable long id, Model model) {
		var portal = settings.portal(id);
		model.addAttribute("portal", portal);
		if (!model.containsAttribute("portalForm")) {
			model.addAttribute("portalForm", PortalEditForm.of(portal));
		}
		var credentials = settings.credentials(id);
		model.addAttribute("credentials", credentials);
		Map<Long, Agency> agencies = directory.agencies(credentials.stream().map(PortalCredential::agencyId).toList());
		model.addAttribute("agencies", agencies.entrySet().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().nameTh())));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", CredentialForm.empty());
		}
		return "opendata/portal";
	}

	@PostMapping("/opendata/portals/{id}")
	String updatePortal(@PathVariable long id, @Valid @ModelAttribute("portalForm") PortalEditForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return portal(id, model);
		}
		settings.updatePortal(id, form.version(), form.name(), form.baseUrl(), form.licenseId(), form.enabled());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/opendata/portals/" + id;
	}

	@PostMapping("/opendata/portals/{id}/credentials")
	String saveCredential(@PathVariable long id, @Valid @ModelAttribute("form") CredentialForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Agency agency = errors.hasFieldErrors("agencyCode") ? null : directory.agencyByCode(form.agencyCode()).orElse(null);
		if (agency == null && !errors.hasFieldErrors("agencyCode")) {
			errors.rejectValue("agencyCode", "opendata.publish.agency-unknown");
		}
		if (errors.hasErrors()) {
			return portal(id, model);
		}
		settings.saveCredential(id, agency.id(), form.ownerOrg(), form.maintainer(), form.maintainerEmail(),
				form.token());
		redirect.addFlashAttribute("saved", true);
		return "redirect:/opendata/portals/" + id;
	}

}
