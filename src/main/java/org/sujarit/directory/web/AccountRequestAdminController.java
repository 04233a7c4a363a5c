package org.sujarit.directory.web;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sujarit.directory.AccountRequest;
import org.sujarit.directory.AccountRequestStatus;
import org.sujarit.directory.Directory;
import org.sujarit.platform.web.DomainException;

/**
 * The coordinator's queue of account requests: approve (creates the account) or reject with a reason.
 */
@Controller
@RequestMapping("/directory/account-requests")
@PreAuthorize("hasAnyRole('COORDINATOR','SYSTEM_ADMIN')")
class AccountRequestAdminController {

	static final int PAGE_SIZE = 50;

	private final Directory directory;

	AccountRequestAdminController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer page,
			Model model) {
		AccountRequestStatus filter = "ALL".equals(status) ? null
				: status == null || status.isBlank() ? AccountRequestStatus.PENDING : AccountRequestStatus.valueOf(status);
		Paging paging = Paging.of(page, PAGE_SIZE, directory.countAccountRequests(filter));
		List<AccountRequest> requests = directory.accountRequests(filter, paging.size(), paging.offset());
		model.addAttribute("requests", requests);
		model.addAttribute("agencies", directory.agencies(requests.stream().map(AccountRequest::agencyId).toList()));
		model.addAttribute("status", filter == null ? "ALL" : filter.name());
		model.addAttribute("statuses", AccountRequestStatus.values());
		model.addAttribute("paging", paging);
		model.addAttribute("pendingCount", directory.countAccountRequests(AccountRequestStatus.PENDING));
		return "directory/account-requests";
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
		try {
			long userId = directory.approveAccountRequest(id, version);
			redirect.addFlashAttribute("approvedUser", directory.user(userId).orElseThrow().username());
		}
		catch (DomainException ex) {
			Problems.flash(redirect, ex);
		}
		catch (OptimisticLockingFailureException ex) {
			Problems.flash(redirect, Problems.CONCURRENT_EDIT);
		}
		return "redirect:/directory/account-requests";
	}

	@PostMapping("/{id}/reject")
	String reject(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			directory.rejectAccountRequest(id, version, reason);
			redirect.addFlashAttribute("rejected", true);
		}
		catch (DomainException ex) {
			Problems.flash(redirect, ex);
		}
		catch (OptimisticLockingFailureException ex) {
			Problems.flash(redirect, Problems.CONCURRENT_EDIT);
		}
		return "redirect:/directory/account-requests";
	}

}
