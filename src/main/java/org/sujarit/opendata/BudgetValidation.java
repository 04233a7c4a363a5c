package org.sujarit.opendata;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sujarit.platform.web.DomainException;

/** Runs {@link BudgetChecks} over a stored document and records the outcome in its state. */
@Service
class BudgetValidation {

	private final OpenDataRepository repository;

	BudgetValidation(OpenDataRepository repository) {
		this.repository = repository;
	}

	CodeBook codeBook() {
		return new CodeBook(repository.codes());
	}

	/** The report of the document as it is now, without changing it. */
	ValidationReport report(BudgetDocument document) {
		return BudgetChecks.check(new BudgetChecks.Context(document.laoCode(), document.fiscalYear()),
				repository.lines(document.id()), repository.parseNotes(document.id()), codeBook());
	}

	/** Checks the document and sets it VALID or INVALID (a published one stays published when still valid). */
	@Transactional
	ValidationReport validate(long id) {
		BudgetDocument document = repository.document(id)
			.orElseThrow(() -> DomainException.notFound("opendata.document.not-found", String.valueOf(id)));
		if (document.awaitsMapping()) {
			throw DomainException.conflict("opendata.document.awaits-mapping");
		}
		ValidationReport report = report(document);
		DocumentState state;
		if (!report.valid()) {
			state = DocumentState.INVALID;
		}
		else {
			state = document.state() == DocumentState.PUBLISHED ? DocumentState.PUBLISHED : DocumentState.VALID;
		}
		repository.setChecked(id, state, report.errorCount());
		return report;
	}

}
